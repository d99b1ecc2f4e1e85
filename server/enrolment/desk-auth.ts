// Who is calling: `Authorization: Bearer <deskId>.<secret>`, checked against the desk's stored
// hash on every request (nothing is cached in the process, so any instance can answer).
import type { ServerDb } from '../db/connect';
import { hashDeskSecret, sameHash } from './secrets';
import { validate as isUuid } from 'uuid';

export interface AuthenticatedDesk {
  id: string;
  siteId: string;
  /** What its references carry: the site's short code (the site id on older desks). */
  siteCode: string;
}

/** Compared against when the desk is unknown, so an unknown desk takes as long as a wrong secret. */
const NO_DESK = hashDeskSecret('no such desk');

/** The desk the header names, or a reason it is refused (every refusal is a 401). */
export async function authenticateDesk(
  db: ServerDb,
  header: string | undefined,
): Promise<AuthenticatedDesk | { refused: string }> {
  const match = /^Bearer ([^.\s]+)\.(\S+)$/.exec(header ?? '');
  if (!match) return { refused: 'Send Authorization: Bearer <deskId>.<secret>.' };
  const [, deskId, secret] = match as unknown as [string, string, string];
  const desk = isUuid(deskId)
    ? await db
        .selectFrom('desks')
        .select(['id', 'site_id', 'site_code', 'secret_hash', 'retired_at'])
        .where('id', '=', deskId)
        .executeTakeFirst()
    : undefined;
  const matches = sameHash(hashDeskSecret(secret), desk?.secret_hash ?? NO_DESK);
  // One message for an unknown desk and a wrong secret: the answer tells a guesser nothing.
  if (!desk || !matches) return { refused: 'This desk is not enrolled, or its secret is wrong.' };
  if (desk.retired_at) return { refused: 'This desk has been retired. Enrol it again.' };
  return { id: desk.id, siteId: desk.site_id, siteCode: desk.site_code ?? desk.site_id };
}

// Desk enrolment (issue 21): an administrator makes a one-time code for a site; a desk trades
// it, once, for its identity (a desk id) and a secret it presents on every push and pull.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ServerDb } from '../db/connect';
import type { DeskHolds } from '../../shared/sync/wire';
import { foundCouncil, siteForJoiningDesk } from './council-check';
import { hashDeskSecret, hashEnrolmentCode, newDeskSecret, newEnrolmentCode } from './secrets';

export interface NewEnrolmentCode {
  siteId: string;
  /** Who made it (a staff id or an administrator's name); kept for the audit trail. */
  createdBy: string;
  /** How long it can be used for. */
  ttlHours: number;
}

/** Makes and stores (as a hash) a one-time code; the plain code is returned once, never kept. */
export async function createEnrolmentCode(
  db: ServerDb,
  options: NewEnrolmentCode,
): Promise<{ code: string; expiresAt: Date }> {
  if (!(options.ttlHours > 0)) throw new Error('An enrolment code must last some time.');
  if (!options.siteId.trim()) throw new Error('An enrolment code is for a site.');
  const code = newEnrolmentCode();
  const expiresAt = new Date(Date.now() + options.ttlHours * 3_600_000);
  await db
    .insertInto('enrolment_codes')
    .values({
      code_hash: hashEnrolmentCode(code),
      site_id: options.siteId,
      created_by: options.createdBy,
      expires_at: expiresAt,
    })
    .execute();
  return { code, expiresAt };
}

export type EnrolResult =
  | {
      ok: true;
      deskId: string;
      secret: string;
      siteId: string;
      /** What the desk's references carry: the site's short code (the site id when not resolved). */
      siteCode: string;
      issuingPoint: number;
      /** The server holds no changes yet: a PC holding a council publishes its baseline. */
      serverEmpty: boolean;
    }
  | { ok: false; reason: string };

export const ENROL_REFUSALS = {
  unknown:
    'This enrolment code is not recognised. Check it, or ask an administrator for a new one.',
  used: 'This enrolment code has already been used. Ask an administrator for a new one.',
  expired: 'This enrolment code has expired. Ask an administrator for a new one.',
} as const;

/**
 * Trades a code for a desk. A refused code changes nothing. `holds` is what the joining PC
 * says it holds (./council-check.ts); undefined when the caller does not say.
 */
export async function enrolDesk(
  db: ServerDb,
  typedCode: string,
  name: string,
  holds?: DeskHolds,
): Promise<EnrolResult> {
  return db.transaction().execute(async (tx) => {
    // `for update`: two desks racing with one code queue here, and the second finds it used.
    const code = await tx
      .selectFrom('enrolment_codes')
      .select(['site_id', 'used_at', 'expires_at'])
      .where('code_hash', '=', hashEnrolmentCode(typedCode))
      .forUpdate()
      .executeTakeFirst();
    if (!code) return { ok: false, reason: ENROL_REFUSALS.unknown };
    if (code.used_at) return { ok: false, reason: ENROL_REFUSALS.used };
    if (code.expires_at.getTime() <= Date.now())
      return { ok: false, reason: ENROL_REFUSALS.expired };

    const site = await siteForJoiningDesk(tx, code.site_id, holds);
    if (!site.ok) return { ok: false, reason: site.reason };
    const siteId = site.siteId;
    const deskId = randomUUID();
    const secret = newDeskSecret();
    // The site's next issuing point. The code's row lock does not cover other codes of the
    // site, so the site's desks are locked too: two desks enrolling at once get 1 and 2.
    await sql`select pg_advisory_xact_lock(hashtext(${`issuing-point:${siteId}`}))`.execute(tx);
    const taken = await tx
      .selectFrom('desks')
      .select((eb) => eb.fn.max('issuing_point').as('last'))
      .where('site_id', '=', siteId)
      .executeTakeFirst();
    const issuingPoint = Number(taken?.last ?? 0) + 1;
    await tx
      .insertInto('desks')
      .values({
        id: deskId,
        site_id: siteId,
        site_code: site.siteCode,
        name,
        secret_hash: hashDeskSecret(secret),
        issuing_point: issuingPoint,
      })
      .execute();
    if (site.founds && holds) await foundCouncil(tx, holds, deskId);
    await tx
      .updateTable('enrolment_codes')
      .set({ used_at: new Date(), used_by_desk: deskId })
      .where('code_hash', '=', hashEnrolmentCode(typedCode))
      .execute();
    const anyChange = await tx.selectFrom('changes').select('version').limit(1).executeTakeFirst();
    return {
      ok: true,
      deskId,
      secret,
      siteId,
      siteCode: site.siteCode ?? siteId,
      issuingPoint,
      serverEmpty: !anyChange,
    };
  });
}

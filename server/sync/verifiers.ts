// Staff password hashes on the council server (issue 21, "signing in: online, against the
// server"). A desk sends the hash beside a push of a staff change that set it (a new account,
// a reset, a change of one's own password); the server keeps it in staff_verifiers only, so
// no pull hands it to another desk. A desk gets a person's hash only by POST /sign-in with
// that person's right password, and then checks it offline too ("people who signed in there
// before, never anyone else").
import type { Transaction } from 'kysely';
import { decoyHash, verifyPassword } from '../../db/password-hash';
import type { ServerDb } from '../db/connect';
import type { ServerDatabase } from '../db/schema';
import type { PushChange } from './push-schema';

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const flag = (v: unknown) =>
  typeof v === 'number' || typeof v === 'boolean' ? Boolean(v) : undefined;

/** Keeps what staff changes applied in this push say about signing in: hash, username, open or closed. */
export async function keepVerifiers(
  tx: Transaction<ServerDatabase>,
  deskId: string,
  changes: readonly PushChange[],
): Promise<void> {
  for (const change of changes) {
    if (change.entity !== 'staff' || change.op === 'delete') continue;
    const data = change.data ?? {};
    const username = text(data.username)?.toLowerCase();
    const active = flag(data.active);
    const existing = await tx
      .selectFrom('staff_verifiers')
      .select(['hlc'])
      .where('staff_id', '=', change.entityId)
      .forUpdate()
      .executeTakeFirst();
    if (!existing) {
      if (!change.verifier || !username) continue;
      await tx
        .insertInto('staff_verifiers')
        .values({
          staff_id: change.entityId,
          username,
          password_hash: change.verifier,
          hlc: change.hlc,
          desk_id: deskId,
          ...(active === undefined ? {} : { active }),
        })
        .onConflict((c) => c.column('username').doNothing())
        .execute();
      continue;
    }
    const newer = change.verifier !== undefined && change.hlc > existing.hlc;
    const set = {
      ...(newer ? { password_hash: change.verifier!, hlc: change.hlc, desk_id: deskId } : {}),
      ...(username ? { username } : {}),
      ...(active === undefined ? {} : { active }),
    };
    if (Object.keys(set).length > 0) {
      await tx
        .updateTable('staff_verifiers')
        .set(set)
        .where('staff_id', '=', change.entityId)
        .execute();
    }
  }
}

/** The person's id and hash for a right password; null for anything else, after the same work. */
export async function checkSignIn(
  db: ServerDb,
  username: string,
  password: string,
): Promise<{ staffId: string; verifier: string } | null> {
  const row = await db
    .selectFrom('staff_verifiers')
    .select(['staff_id', 'password_hash', 'active'])
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst();
  const usable = row?.active ? row : undefined;
  const right = await verifyPassword(password, usable?.password_hash ?? (await decoyHash()));
  return right && usable ? { staffId: usable.staff_id, verifier: usable.password_hash } : null;
}

/**
 * The accounts a desk could already check when it joined (made before it had a server: the
 * council's first administrator, or a desk imaged with the council's accounts). Each is taken
 * only if the server has none for that account yet, at the oldest clock, so any password set
 * since, at any desk, stands.
 */
export async function adoptVerifiers(
  db: ServerDb,
  deskId: string,
  staff: readonly { id: string; username: string; active: boolean; hash: string }[],
): Promise<number> {
  if (staff.length === 0) return 0;
  const taken = await db
    .insertInto('staff_verifiers')
    .values(
      staff.map((s) => ({
        staff_id: s.id,
        username: s.username.toLowerCase(),
        password_hash: s.hash,
        hlc: '0',
        desk_id: deskId,
        active: s.active,
      })),
    )
    .onConflict((c) => c.doNothing())
    .returning('staff_id')
    .execute();
  return taken.length;
}

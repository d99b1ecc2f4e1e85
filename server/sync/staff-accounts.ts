// The council's staff accounts on the server (issue 21), learnt from the staff changes desks
// push: username, role, open or closed, and the password hash the desk that set it sent beside
// the change (never inside it, so no pull carries one). Used to check sign-ins, and to check a
// member of staff may make a change (mayMake).
import type { Transaction } from 'kysely';
import { decoyHash, verifyPassword } from '../../db/password-hash';
import type { ServerDb } from '../db/connect';
import type { ServerDatabase } from '../db/schema';
import { changeRefusal } from '../../shared/sync/change-rules';
import { NO_STAFF } from '../../shared/sync/wire';
import type { PushChange } from './push-schema';

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const flag = (v: unknown) =>
  typeof v === 'number' || typeof v === 'boolean' ? Boolean(v) : undefined;

/** Keeps what staff changes applied in this push say: username, role, open or closed, hash. */
export async function keepStaffAccounts(
  tx: Transaction<ServerDatabase>,
  deskId: string,
  changes: readonly PushChange[],
): Promise<void> {
  for (const change of changes) {
    if (change.entity !== 'staff' || change.op === 'delete') continue;
    const data = change.data ?? {};
    const username = text(data.username)?.toLowerCase();
    const role = text(data.role);
    const active = flag(data.active);
    const existing = await tx
      .selectFrom('staff_accounts')
      .select(['password_hlc'])
      .where('staff_id', '=', change.entityId)
      .forUpdate()
      .executeTakeFirst();
    if (!existing) {
      if (!username) continue;
      await tx
        .insertInto('staff_accounts')
        .values({
          staff_id: change.entityId,
          username,
          role: role ?? null,
          desk_id: deskId,
          ...(active === undefined ? {} : { active }),
          ...(change.verifier ? { password_hash: change.verifier, password_hlc: change.hlc } : {}),
        })
        .onConflict((c) => c.column('username').doNothing())
        .execute();
      continue;
    }
    const newerHash =
      change.verifier !== undefined &&
      (existing.password_hlc === null || change.hlc > existing.password_hlc);
    const set = {
      ...(newerHash ? { password_hash: change.verifier!, password_hlc: change.hlc } : {}),
      ...(username ? { username } : {}),
      ...(role ? { role } : {}),
      ...(active === undefined ? {} : { active }),
    };
    if (Object.keys(set).length > 0) {
      await tx
        .updateTable('staff_accounts')
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
    .selectFrom('staff_accounts')
    .select(['staff_id', 'password_hash', 'active'])
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst();
  const usable = row?.active && row.password_hash ? row : undefined;
  const right = await verifyPassword(password, usable?.password_hash ?? (await decoyHash()));
  return right && usable ? { staffId: usable.staff_id, verifier: usable.password_hash! } : null;
}

export interface KnownAccount {
  id: string;
  username: string;
  role: string;
  active: boolean;
  /** The hash, when the desk can check this person's password. */
  hash: string | null;
}

/**
 * The accounts a desk held when it joined (made before it had a server: the council's first
 * administrator, or a desk imaged with the council's accounts). Each is taken only if the
 * server has none by that id, and its hash at the oldest clock, so any password set since, at
 * any desk, stands.
 */
export async function adoptStaffAccounts(
  db: ServerDb,
  deskId: string,
  staff: readonly KnownAccount[],
): Promise<number> {
  if (staff.length === 0) return 0;
  const taken = await db
    .insertInto('staff_accounts')
    .values(
      staff.map((s) => ({
        staff_id: s.id,
        username: s.username.toLowerCase(),
        role: s.role,
        active: s.active,
        password_hash: s.hash,
        password_hlc: s.hash ? '0' : null,
        desk_id: deskId,
      })),
    )
    .onConflict((c) => c.doNothing())
    .returning('staff_id')
    .execute();
  return taken.length;
}

export type StaffStanding = { role: string | null; active: boolean } | null;

/**
 * Why the member of staff behind a change may not make it, or undefined. A change with no one
 * signed in (first-run set-up on an authenticated desk) passes; a person the server has not
 * heard of, or whose account is closed, does not.
 */
export async function staffRefusal(
  tx: Transaction<ServerDatabase>,
  change: PushChange,
  known: Map<string, StaffStanding>,
): Promise<string | undefined> {
  if (change.staffId === NO_STAFF) return undefined;
  let standing = known.get(change.staffId);
  if (standing === undefined) {
    const row = await tx
      .selectFrom('staff_accounts')
      .select(['role', 'active'])
      .where('staff_id', '=', change.staffId)
      .executeTakeFirst();
    standing = row ?? null;
    known.set(change.staffId, standing);
  }
  if (!standing) {
    return 'The council server does not know this member of staff yet (their account has not reached it); the change goes again next round.';
  }
  if (!standing.active) return 'This member of staff’s account is closed.';
  return changeRefusal(
    { id: change.staffId, role: standing.role ?? '' },
    change.entity,
    change.entityId,
  );
}

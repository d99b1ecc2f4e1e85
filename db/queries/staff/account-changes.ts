// Changes to staff accounts, each logged through db/write.ts's helpers (the hash itself is
// kept out of the log there). The table's 0/1 flags and ISO creation time are written here,
// so callers speak in booleans and instants.
import type { Role } from '../../../shared/domain/staff';
import type { WritableDB } from '../../handles';
import { insertLogged, updateLogged, type Actor } from '../../write';
import { setPasswordHash, type StaffAccount } from './staff';

/** A new account: every field of an account but `active` (a new account is in post). */
export type NewStaffAccount = Omit<StaffAccount, 'active'>;

/** Opens an account, created at the actor's time. */
export async function insertStaffAccount(
  tx: WritableDB,
  actor: Actor,
  account: NewStaffAccount,
): Promise<void> {
  await insertLogged(tx, actor, 'staff', {
    id: account.id,
    username: account.username,
    display_name: account.displayName,
    role: account.role,
    home_site_id: account.homeSiteId,
    team: account.team,
    password_hash: account.passwordHash,
    created_at: actor.at.toISOString(),
    // Left to the column's default (0) unless set, as the first administrator's always was.
    ...(account.mustChangePassword ? { must_change_password: 1 } : {}),
  });
}

/** A new one-time password an administrator gave out: it must be replaced at sign-in. */
export async function issueOneTimePassword(
  tx: WritableDB,
  actor: Actor,
  id: string,
  passwordHash: string,
): Promise<void> {
  await updateLogged(tx, actor, 'staff', id, {
    password_hash: passwordHash,
    must_change_password: 1,
  });
}

/** The person chose their own password: any one-time one is done with. */
export async function setOwnPassword(
  tx: WritableDB,
  actor: Actor,
  id: string,
  passwordHash: string,
): Promise<void> {
  await setPasswordHash(tx, id, passwordHash);
  await updateLogged(tx, actor, 'staff', id, { must_change_password: 0 });
}

/** Closes an account: the person can no longer sign in; their records stay. */
export async function retireStaffAccount(tx: WritableDB, actor: Actor, id: string) {
  await updateLogged(tx, actor, 'staff', id, { active: 0 });
}

export async function changeStaffRole(tx: WritableDB, actor: Actor, id: string, role: Role) {
  await updateLogged(tx, actor, 'staff', id, { role });
}

/** Where someone works: their usual site and team. */
export async function placeStaff(
  tx: WritableDB,
  actor: Actor,
  id: string,
  place: { homeSiteId: string; team: string | null },
) {
  await updateLogged(tx, actor, 'staff', id, {
    home_site_id: place.homeSiteId,
    team: place.team,
  });
}

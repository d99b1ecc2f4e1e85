// Staff accounts as the back end reads them: the 0/1 flags the table stores (`active`,
// `must_change_password`) come back as booleans, so no handler compares with 1.
import type { Selectable } from 'kysely';
import type { Role } from '../../../shared/domain/staff';
import type { ReadableDB } from '../../handles';
import type { StaffTable } from '../../schema';
import type { Db, Tx } from '../../write';

/** One account, with its password hash (for checking a password; never sent to a screen). */
export interface StaffAccount {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  homeSiteId: string;
  team: string | null;
  passwordHash: string;
  /** false once retired: they cannot sign in, and their records and history stay. */
  active: boolean;
  /** They were given a one-time password and have not yet chosen their own. */
  mustChangePassword: boolean;
}

function toStaffAccount(row: Selectable<StaffTable>): StaffAccount {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    homeSiteId: row.home_site_id,
    team: row.team,
    passwordHash: row.password_hash,
    active: row.active === 1,
    mustChangePassword: row.must_change_password === 1,
  };
}

/** The account with this username, matched without regard to case. */
export async function findStaffByUsername(
  db: ReadableDB,
  username: string,
): Promise<StaffAccount | undefined> {
  const row = await db
    .selectFrom('staff')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
  return row && toStaffAccount(row);
}

export async function findStaffById(db: ReadableDB, id: string): Promise<StaffAccount | undefined> {
  const row = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toStaffAccount(row);
}

export async function countStaff(db: ReadableDB): Promise<number> {
  const row = await db
    .selectFrom('staff')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A staff member's role, whether the account is still open and whether they must choose
 * their own password, checked on every call. */
export async function staffStanding(
  db: ReadableDB,
  id: string,
): Promise<{ role: Role; active: boolean; mustChangePassword: boolean } | undefined> {
  const row = await db
    .selectFrom('staff')
    .select(['role', 'active', 'must_change_password'])
    .where('id', '=', id)
    .executeTakeFirst();
  return (
    row && {
      role: row.role,
      active: row.active === 1,
      mustChangePassword: row.must_change_password === 1,
    }
  );
}

/** The team named on someone's account (null: none, or no such account). */
export async function teamOf(db: ReadableDB, id: string): Promise<string | null> {
  const row = await db.selectFrom('staff').select('team').where('id', '=', id).executeTakeFirst();
  return row?.team ?? null;
}

/** An account on the administrator's staff list, with its usual site's name. */
export type ListedStaff = Omit<StaffAccount, 'passwordHash'> & { siteName: string };

/** Everyone, open accounts first, by name: the administrator's staff list. */
export async function listStaffWithSites(db: ReadableDB): Promise<ListedStaff[]> {
  const rows = await db
    .selectFrom('staff')
    .innerJoin('sites', 'sites.id', 'staff.home_site_id')
    .select([
      'staff.id',
      'staff.username',
      'staff.display_name',
      'staff.role',
      'staff.team',
      'staff.active',
      'staff.must_change_password',
      'staff.home_site_id',
      'sites.name as site_name',
    ])
    .orderBy('staff.active', 'desc')
    .orderBy('staff.display_name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    homeSiteId: row.home_site_id,
    siteName: row.site_name,
    team: row.team,
    active: row.active === 1,
    mustChangePassword: row.must_change_password === 1,
  }));
}

/** Open administrator accounts other than `exceptId`: one must always remain. */
export async function countOtherActiveAdministrators(
  db: ReadableDB,
  exceptId: string,
): Promise<number> {
  const row = await db
    .selectFrom('staff')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'administrator')
    .where('active', '=', 1)
    .where('id', '!=', exceptId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Replaces a password hash. Not through the change log: a hash must never be copied into
 * the log a record's history shows and sync ships; the audit log records the change. */
export async function setPasswordHash(db: Db | Tx, id: string, passwordHash: string) {
  await db.updateTable('staff').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

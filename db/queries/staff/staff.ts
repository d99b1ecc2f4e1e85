import type { Db, Tx } from '../../write';

export async function findStaffByUsername(db: Db | Tx, username: string) {
  return db
    .selectFrom('staff')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
}

export async function findStaffById(db: Db | Tx, id: string) {
  return db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countStaff(db: Db | Tx): Promise<number> {
  const row = await db
    .selectFrom('staff')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A staff member's role, whether the account is still open and whether they must choose
 * their own password, checked on every call. */
export async function staffStanding(db: Db | Tx, id: string) {
  return db
    .selectFrom('staff')
    .select(['role', 'active', 'must_change_password'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Everyone, open accounts first, by name: the administrator's staff list. */
export async function listStaffWithSites(db: Db | Tx) {
  return db
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
}

/** Open administrator accounts other than `exceptId`: one must always remain. */
export async function countOtherActiveAdministrators(
  db: Db | Tx,
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

import type { Db, Tx } from '../write';

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

/** A staff member's role and whether the account is still open, checked on every call. */
export async function staffStanding(db: Db | Tx, id: string) {
  return db.selectFrom('staff').select(['role', 'active']).where('id', '=', id).executeTakeFirst();
}

/** Replaces a password hash. Not through the change log: a hash must never be copied into
 * the log a record's history shows and sync ships; the audit log records the change. */
export async function setPasswordHash(db: Db | Tx, id: string, passwordHash: string) {
  await db.updateTable('staff').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

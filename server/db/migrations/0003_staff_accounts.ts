// Frozen once landed: never edit; add a new migration instead.
// The council's staff accounts as the server knows them (issue 21), learnt from the staff
// changes desks push: who they are, their role and whether the account is open, so the server
// can check a member of staff may make a change; and the password hash the desk that set it
// sent beside its push, to check sign-ins. The hash is kept here only, never in `changes`, so
// a pull never hands one desk another's; a desk receives a person's hash only when that person
// signs in there with the right password. Newest by clock wins, as for any field.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('staff_accounts')
    .addColumn('staff_id', 'text', (c) => c.primaryKey())
    /** Lower-cased: usernames are unique whatever their case. */
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('password_hash', 'text')
    /** The clock of the change that set the hash: an older one never replaces a newer. */
    .addColumn('password_hlc', 'text')
    .addColumn('desk_id', 'uuid', (c) => c.notNull().references('desks.id'))
    .addCheckConstraint(
      'staff_accounts_hash_with_clock',
      sql`(password_hash is null) = (password_hlc is null)`,
    )
    .execute();
  await sql`create unique index staff_accounts_username on staff_accounts (username)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('staff_accounts').execute();
}

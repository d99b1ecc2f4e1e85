// Frozen once landed: never edit; add a new migration instead.
// Signing in against the council server (issue 21): each staff account's password hash, as
// the desk that set it sent it beside its push. Kept here only, never in `changes`, so a pull
// never hands one desk another's verifiers; a desk receives a person's hash only when that
// person signs in there with the right password. Newest by clock wins, as for any field.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('staff_verifiers')
    .addColumn('staff_id', 'text', (c) => c.primaryKey())
    /** As typed at sign-in, lower-cased: usernames are unique whatever their case. */
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    /** The clock of the change that set it: an older one never replaces a newer. */
    .addColumn('hlc', 'text', (c) => c.notNull())
    .addColumn('desk_id', 'uuid', (c) => c.notNull().references('desks.id'))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();
  await sql`create unique index staff_verifiers_username on staff_verifiers (username)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('staff_verifiers').execute();
}

// Frozen once landed: never edit; add a new migration instead.
// Drafts (issue 19, "nothing lost on the way"): the contact form, the desk's filled-in
// contact and a letter being logged are kept as each member of staff types, in the database
// on their desk, until saved or discarded, so a refresh, a closed window or signing in again
// loses nothing. One draft per person per form. Drafts are their own scratch: not records,
// not in the change log and never synced; the retention run removes forgotten ones.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('drafts')
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    /** Which form: "record-contact", "visit-contact:<visit id>", "log-item". */
    .addColumn('form', 'text', (c) => c.notNull())
    /** JSON: the form's fields as typed. */
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('drafts_pk', ['staff_id', 'form'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('drafts').execute();
}

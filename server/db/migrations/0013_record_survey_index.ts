// Frozen once landed: never edit; add a new migration instead.
// An index the council server's reports need that a desk's do not (issue 23): NeSDS standard
// 20 counts the period's contacts surveyed or sampled, asking of each contact whether a survey
// names it. SQLite answers that with an index it builds for the query; PostgreSQL, given two
// such tests joined by "or", asks each contact in turn, and without this index read every
// survey for each of a month's 80,000 contacts (past the report's minute at 5M contacts).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .withSchema('records')
    .createIndex('satisfaction_surveys_contact')
    .on('satisfaction_surveys')
    .column('contact_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.withSchema('records').dropIndex('satisfaction_surveys_contact').execute();
}

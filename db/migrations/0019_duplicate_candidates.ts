// Frozen once landed: never edit; add a new migration instead.
// Likely duplicate customer records, found by the reports worker off the desks' path and
// stored here, so opening Customers reads a page of pairs instead of waiting for the check
// (issue 19: the check ran on the main thread and held every desk's search for 28 s at 12,000
// customers). `duplicate_checks` holds the latest finished check; its pairs are in
// `duplicate_candidates` in the order a team leader should see them. Both are worked out
// again from the register at any time, so they are not in the change log.
// Four indexes let the check group the register by date of birth, postcode, phone and email
// instead of comparing every record with every other. Their expressions and conditions are
// repeated in db/queries/duplicate-blocks.ts: SQLite uses an index on an expression only for
// the same expression, and a partial index only where the query implies its condition.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('duplicate_checks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** When the check was asked for: the register as it stood then. */
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .addColumn('took_ms', 'integer', (c) => c.notNull())
    /** Records compared (not merged, not anonymised). */
    .addColumn('customers', 'integer', (c) => c.notNull())
    .addColumn('pairs', 'integer', (c) => c.notNull())
    /** The change log's last rowid the check saw: later customer changes call for a new one. */
    .addColumn('change_mark', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('duplicate_candidates')
    .addColumn('check_id', 'text', (c) => c.notNull())
    /** 0 first: the strongest reasons first. */
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('a_id', 'text', (c) => c.notNull())
    .addColumn('b_id', 'text', (c) => c.notNull())
    /** JSON array of the reasons, each a sentence a team leader reads. */
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('duplicate_candidates_pk', ['check_id', 'rank'])
    .modifyEnd(sql`without rowid`)
    .execute();

  // Each index holds only live records (not merged, not anonymised) and every column its
  // grouping reads, so the check reads the indexes alone, never the customers table: the four
  // groupings take well under a second at 500,000 customers instead of several.
  const live = sql.raw('merged_into is null and anonymised_at is null');
  await sql`create index customers_birth_names on customers (date_of_birth, last_name, first_name, id)
    where date_of_birth is not null and last_name is not null and ${live}`.execute(db);
  await sql`create index customers_postcode_names on customers (postcode, last_name, first_name, id)
    where postcode is not null and last_name is not null and ${live}`.execute(db);
  await sql`create index customers_phone_number on customers (
    replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+44', '0'), id)
    where phone is not null and ${live}`.execute(db);
  await sql`create index customers_email_address on customers (lower(email), id)
    where email is not null and ${live}`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of [
    'customers_birth_names',
    'customers_postcode_names',
    'customers_phone_number',
    'customers_email_address',
  ])
    await db.schema.dropIndex(index).execute();
  await db.schema.dropTable('duplicate_candidates').execute();
  await db.schema.dropTable('duplicate_checks').execute();
}

// Frozen once landed: never edit; add a new migration instead.
// The access log (go-live issue, item 7; UK GDPR Art. 5(1)(f) and 32: the council must be
// able to show who saw personal data). Each opening of a customer's record, each search with
// the words searched, each reading of a contact's history and each CSV export or print is
// one row: who, when, at which site, what. A leader reads "who looked at this record" from it.
// It is not the change log (nothing changed) nor the security log (sign-in events).
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('access_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('action', 'text', (c) =>
      c
        .notNull()
        .check(sql`action in ('opened_record', 'searched', 'read_history', 'exported', 'printed')`),
    )
    /** The customer whose data was seen, when one customer's. */
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    /** What was seen: the words searched, the record whose history, the file exported. */
    .addColumn('subject', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('access_log_customer')
    .on('access_log')
    .columns(['customer_id', 'at'])
    .execute();
  await db.schema.createIndex('access_log_at').on('access_log').column('at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('access_log').execute();
}

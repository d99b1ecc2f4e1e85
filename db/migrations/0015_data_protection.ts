// Frozen once landed: never edit; add a new migration instead.
// Data protection (issue 18, item 8). A customer's personal details are blanked when the
// council no longer needs them (UK GDPR Art. 5(1)(e), storage limitation) or when the customer
// asks (Art. 17, erasure); every row stays, so the figures of past months do not move. The
// record keeps when that happened: the daily retention run then passes over it, and the
// change log entry that carries this column tells the council server (sync) to do the same.
// Existing customers start with their details held (null). Appointments gain the index by
// customer every other kind of record has, so finding who is past retention stays quick.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('customers').addColumn('anonymised_at', 'text').execute();
  await db.schema
    .createIndex('appointments_customer')
    .on('appointments')
    .column('customer_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('appointments_customer').execute();
  await db.schema.alterTable('customers').dropColumn('anonymised_at').execute();
}

// Frozen once landed: never edit; add a new migration instead.
// The telephone queue's own record of each call that reached it (answered or abandoned), so
// average speed of answer and abandoned calls come from calls, not from memory (Halton
// standards: "answer calls in an average of 30 seconds"). An adviser's telephone contact may
// carry its answer time; the switch's call records can be imported later. Plus the index the
// daily stats use: repeat contacts (same customer, same service, within 7 days), hand-offs
// decided and letters answered in a period, holding replies sent.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    /** When the call reached the queue: the start of the answer clock. */
    .addColumn('queued_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    /** When a caller hung up before being answered. */
    .addColumn('abandoned_at', 'text')
    .addColumn('staff_id', 'text', (c) => c.references('staff.id'))
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id'))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('adviser', 'import')`))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'calls_answered_or_abandoned',
      sql`(answered_at is null) <> (abandoned_at is null)`,
    )
    .addCheckConstraint('calls_after_queue', sql`coalesce(answered_at, abandoned_at) >= queued_at`)
    .execute();
  await db.schema.createIndex('calls_queued').on('calls').column('queued_at').execute();
  await db.schema.createIndex('calls_contact').on('calls').column('contact_id').execute();
  await db.schema
    .createIndex('contacts_customer_service_started')
    .on('contacts')
    .columns(['customer_id', 'service_id', 'started_at'])
    .execute();
  await db.schema.createIndex('hand_offs_resolved').on('hand_offs').column('resolved_at').execute();
  await db.schema.createIndex('hand_offs_created').on('hand_offs').column('created_at').execute();
  await db.schema
    .createIndex('correspondence_responded')
    .on('correspondence')
    .column('responded_at')
    .execute();
  await db.schema
    .createIndex('holding_replies_sent')
    .on('holding_replies')
    .column('sent_at')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('holding_replies_sent').execute();
  await db.schema.dropIndex('correspondence_responded').execute();
  await db.schema.dropIndex('hand_offs_created').execute();
  await db.schema.dropIndex('hand_offs_resolved').execute();
  await db.schema.dropIndex('contacts_customer_service_started').execute();
  await db.schema.dropTable('calls').execute();
}

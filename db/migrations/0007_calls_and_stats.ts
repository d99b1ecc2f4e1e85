// Frozen once landed: never edit; add a new migration instead.
// The telephone queue's own record of each call that reached it (answered or abandoned), so
// average speed of answer and abandoned calls come from calls, not from memory (Halton
// standards: "answer calls in an average of 30 seconds"). An adviser's telephone contact may
// carry its answer time; the switch's call records can be imported later.
//
// For the daily stats at the scale of a large council (5,000,000 contacts):
// - `contacts.repeated`: a resolved inbound contact followed within 7 days by another inbound
//   contact from the same customer about the same service (the handbook's repeat-contact
//   rule). Kept right by triggers on every insert, correction, merge or delete, so verified
//   FCR is a sum, not a search per contact;
// - covering indexes, so a day's contacts, visits and calls are counted from the index alone;
// - indexes for hand-offs made, letters answered and holding replies sent in a period.
import { sql, type Kysely } from 'kysely';

/** Whether the contact row `c` is a repeated resolved contact, by the handbook's rule. */
const REPEATED = (c: string) => `(${c}.direction = 'inbound' and ${c}.outcome = 'resolved'
  and ${c}.customer_id is not null and exists (select 1 from contacts r
    where r.customer_id = ${c}.customer_id and r.service_id = ${c}.service_id
      and r.direction = 'inbound' and +r.started_at > ${c}.started_at
      and +r.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', ${c}.started_at, '+7 days')))`;

// Recompute the flag of the contacts a contact at `x` could follow up (x's own pair, in the
// 7 days before it). The unary + keeps the planner on the customer and service (a handful of rows) rather than
// the started_at range (a week of everyone's contacts); INDEXED BY is not allowed in triggers.
const FOLLOWED_BY = (x: string) => `update contacts set repeated = ${REPEATED('contacts')}
  where customer_id = ${x}.customer_id and service_id = ${x}.service_id
    and +started_at < ${x}.started_at
    and +started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', ${x}.started_at, '-7 days');`;

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
  await db.schema.createIndex('calls_contact').on('calls').column('contact_id').execute();
  await db.schema
    .alterTable('contacts')
    .addColumn('repeated', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('contacts_customer_service_started')
    .on('contacts')
    .columns(['customer_id', 'service_id', 'started_at'])
    .execute();
  await sql.raw(`update contacts set repeated = 1 where ${REPEATED('contacts')}`).execute(db);
  await sql
    .raw(
      `create trigger contacts_repeat_insert after insert on contacts
       when new.customer_id is not null begin
         ${FOLLOWED_BY('new')}
         update contacts set repeated = ${REPEATED('contacts')} where id = new.id;
       end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger contacts_repeat_update
       after update of customer_id, service_id, started_at, direction, outcome on contacts begin
         ${FOLLOWED_BY('old')}
         ${FOLLOWED_BY('new')}
         update contacts set repeated = ${REPEATED('contacts')} where id = new.id;
       end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger contacts_repeat_delete after delete on contacts begin ${FOLLOWED_BY('old')} end`,
    )
    .execute(db);
  // A day's figures read these columns only: no lookups into the tables.
  await db.schema
    .createIndex('contacts_stats')
    .on('contacts')
    .columns([
      'started_at',
      'direction',
      'outcome',
      'repeated',
      'channel',
      'site_id',
      'staff_id',
      'service_id',
      'interaction_type_id',
      'customer_type_id',
    ])
    .execute();
  await db.schema
    .createIndex('visits_stats')
    .on('visits')
    .columns(['arrived_at', 'first_seen_at', 'appointment_at', 'state', 'site_id', 'staff_id'])
    .execute();
  await db.schema
    .createIndex('calls_stats')
    .on('calls')
    .columns(['queued_at', 'answered_at', 'abandoned_at', 'site_id', 'staff_id'])
    .execute();
  // Hand-offs still open or resolved since a day, with what their results need.
  await db.schema
    .createIndex('hand_offs_resolved')
    .on('hand_offs')
    .columns(['resolved_at', 'created_at', 'standard_id', 'site_id', 'created_by'])
    .execute();
  await db.schema.createIndex('hand_offs_created').on('hand_offs').column('created_at').execute();
  await db.schema
    .createIndex('correspondence_responded')
    .on('correspondence')
    .columns(['responded_at', 'due_date', 'site_id', 'responded_by', 'assigned_to'])
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
  await sql.raw('drop trigger contacts_repeat_delete').execute(db);
  await sql.raw('drop trigger contacts_repeat_update').execute(db);
  await sql.raw('drop trigger contacts_repeat_insert').execute(db);
  await db.schema.dropIndex('calls_stats').execute();
  await db.schema.dropIndex('visits_stats').execute();
  await db.schema.dropIndex('contacts_stats').execute();
  await db.schema.dropIndex('contacts_customer_service_started').execute();
  await db.schema.alterTable('contacts').dropColumn('repeated').execute();
  await db.schema.dropTable('calls').execute();
}

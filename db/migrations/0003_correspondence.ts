// Frozen once landed: never edit; add a new migration instead.
// Letters, emails, web forms, SMS and faxes: the 10-working-day reply clock, holding
// replies and redirects (Halton Customer Service Standards and staff guide).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // A service may promise a different reply time than the council's default.
  await db.schema.alterTable('services').addColumn('reply_working_days', 'integer').execute();

  await db.schema
    .createTable('correspondence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('channel', 'text', (c) =>
      c.notNull().check(sql`channel in ('email', 'web_form', 'sms', 'letter', 'fax')`),
    )
    .addColumn('received_at', 'text', (c) => c.notNull())
    /** The London day of receipt: day 0 of the reply clock. */
    .addColumn('received_date', 'text', (c) => c.notNull())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id'))
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('sender_address', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('sender_reference', 'text')
    .addColumn('reply_working_days', 'integer', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('ack_due_date', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('assigned_to', 'text', (c) => c.references('staff.id'))
    .addColumn('department_id', 'text', (c) => c.references('departments.id'))
    .addColumn('redirect_contact', 'text')
    .addColumn('redirected_at', 'text')
    .addColumn('customer_told_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn('responded_at', 'text')
    .addColumn('response_channel', 'text')
    .addColumn('responded_by', 'text', (c) => c.references('staff.id'))
    .addColumn('reopened_at', 'text')
    .addColumn('reopen_reason', 'text')
    .addColumn('logged_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('logged_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'correspondence_response_after_receipt',
      sql`responded_at is null or responded_at >= received_at`,
    )
    .execute();
  await db.schema
    .createIndex('correspondence_open_due')
    .on('correspondence')
    .columns(['status', 'due_date'])
    .execute();
  await db.schema
    .createIndex('correspondence_received')
    .on('correspondence')
    .column('received_at')
    .execute();
  await db.schema
    .createIndex('correspondence_customer')
    .on('correspondence')
    .column('customer_id')
    .execute();

  await db.schema
    .createTable('holding_replies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('correspondence_id', 'text', (c) => c.notNull().references('correspondence.id'))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('expected_date', 'text', (c) => c.notNull())
    .addColumn('sent_by', 'text', (c) => c.notNull().references('staff.id'))
    .execute();
  await db.schema
    .createIndex('holding_replies_item')
    .on('holding_replies')
    .column('correspondence_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('holding_replies').execute();
  await db.schema.dropTable('correspondence').execute();
  await db.schema.alterTable('services').dropColumn('reply_working_days').execute();
}

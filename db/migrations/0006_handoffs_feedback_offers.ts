// Frozen once landed: never edit; add a new migration instead.
// Hand-offs to service departments under an agreed standard (NeSDS standards 22 and 24),
// complaints, compliments and comments through one point with their stages (standards 7
// and 20), proactive offer rules and the adviser's record of each offer (standard 4), and a
// per-service choice of hand-off standard, and each contact's identity check (standard 25). Customers on file before 0005 get their
// phonetic name keys, so misspelt searches find them too.
import { sql, type Kysely } from 'kysely';
import { nameKeysOf } from '../../shared/domain/name-keys';

export async function up(db: Kysely<any>): Promise<void> {
  // How far identity was checked for the transaction (NeSDS 25); older contacts said nothing.
  await db.schema
    .alterTable('contacts')
    .addColumn('identity_check', 'text', (c) =>
      c
        .notNull()
        .defaultTo('not_needed')
        .check(
          sql`identity_check in ('not_needed', 'key_facts', 'verified_facts', 'documents_seen')`,
        ),
    )
    .execute();
  await db.schema
    .alterTable('services')
    .addColumn('hand_off_standard_id', 'text', (c) => c.references('service_standards.id'))
    .execute();

  await db.schema
    .createTable('hand_offs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id'))
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('standard_id', 'text', (c) => c.references('service_standards.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('named_contact', 'text')
    .addColumn('escalation_contact', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('due_at', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('open', 'accepted', 'resolved', 'returned')`),
    )
    .addColumn('status_at', 'text', (c) => c.notNull())
    .addColumn('status_note', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('origin', 'text', (c) =>
      c.notNull().check(sql`origin in ('contact', 'change_of_address')`),
    )
    .execute();
  await db.schema.createIndex('hand_offs_customer').on('hand_offs').column('customer_id').execute();
  await db.schema
    .createIndex('hand_offs_open')
    .on('hand_offs')
    .columns(['status', 'due_at'])
    .execute();

  await db.schema
    .createTable('feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('complaint', 'compliment', 'comment')`),
    )
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('logged_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('stage', 'text', (c) => c.check(sql`stage in ('stage_1', 'stage_2', 'ombudsman')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('feedback_received')
    .on('feedback')
    .columns(['received_at', 'service_id'])
    .execute();
  await db.schema.createIndex('feedback_customer').on('feedback').column('customer_id').execute();

  await db.schema
    .createTable('complaint_stages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('feedback_id', 'text', (c) => c.notNull().references('feedback.id'))
    .addColumn('stage', 'text', (c) =>
      c.notNull().check(sql`stage in ('stage_1', 'stage_2', 'ombudsman')`),
    )
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text')
    .addColumn('reason', 'text')
    .addColumn('responded_at', 'text')
    .addColumn('outcome', 'text', (c) =>
      c.check(sql`outcome in ('upheld', 'partly_upheld', 'not_upheld', 'escalated')`),
    )
    .addColumn('response', 'text')
    .execute();
  await db.schema
    .createIndex('complaint_stages_feedback')
    .on('complaint_stages')
    .column('feedback_id')
    .execute();

  await db.schema
    .createTable('offer_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('trigger_service_id', 'text', (c) => c.notNull().references('services.id'))
    .addColumn('offer', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('contact_offers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id'))
    .addColumn('rule_id', 'text', (c) => c.notNull().references('offer_rules.id'))
    .addColumn('offer', 'text', (c) => c.notNull())
    .addColumn('response', 'text', (c) =>
      c.notNull().check(sql`response in ('offered', 'accepted', 'declined')`),
    )
    .execute();
  await db.schema
    .createIndex('contact_offers_contact')
    .on('contact_offers')
    .column('contact_id')
    .execute();

  // The single view reads every record of one customer.
  await db.schema.createIndex('visits_customer').on('visits').column('customer_id').execute();

  // Customers created before 0005 have no phonetic keys; the keys are computed in code.
  const missing = (await db
    .selectFrom('customers')
    .select(['id', 'first_name', 'last_name', 'organisation_name'])
    .where('name_keys', 'is', null)
    .execute()) as {
    id: string;
    first_name: string | null;
    last_name: string | null;
    organisation_name: string | null;
  }[];
  for (const c of missing) {
    await db
      .updateTable('customers')
      .set({ name_keys: nameKeysOf(c.first_name, c.last_name, c.organisation_name) })
      .where('id', '=', c.id)
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('visits_customer').execute();
  for (const table of [
    'contact_offers',
    'offer_rules',
    'complaint_stages',
    'feedback',
    'hand_offs',
  ])
    await db.schema.dropTable(table).execute();
  await db.schema.alterTable('services').dropColumn('hand_off_standard_id').execute();
  await db.schema.alterTable('contacts').dropColumn('identity_check').execute();
}

// Frozen once landed: never edit; add a new migration instead.
// The One Stop Shop queue: customers (the minimum check-in needs; the customer issue adds
// the rest), warning markers, appointments, desks, visits and their timed stretches, and a
// link from a contact to the visit it came from.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('citizen', 'business', 'community_group')`),
    )
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('first_name', 'text')
    .addColumn('last_name', 'text')
    .addColumn('organisation_name', 'text')
    .addColumn('postcode', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('date_of_birth', 'text')
    .addColumn('preferred_language', 'text')
    .addColumn('needs', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('customers_postcode').on('customers').column('postcode').execute();

  await db.schema
    .createTable('customer_markers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('review_date', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema
    .createIndex('customer_markers_customer')
    .on('customer_markers')
    .column('customer_id')
    .execute();

  await db.schema
    .createTable('desks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('service_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('is_open', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('staff_id', 'text', (c) => c.references('staff.id'))
    .addColumn('opened_at', 'text')
    .addUniqueConstraint('desks_site_name', ['site_id', 'name'])
    .execute();

  await db.schema
    .createTable('appointments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('customer_name', 'text', (c) => c.notNull())
    .addColumn('needs', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('booked', 'checked_in', 'cancelled')`),
    )
    .addColumn('visit_id', 'text')
    .addColumn('booked_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('booked_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appointments_site_start')
    .on('appointments')
    .columns(['site_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('ticket', 'text', (c) => c.notNull())
    .addColumn('ticket_date', 'text', (c) => c.notNull())
    .addColumn('ticket_number', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('walk_in', 'appointment')`))
    .addColumn('appointment_id', 'text', (c) => c.references('appointments.id'))
    .addColumn('appointment_at', 'text')
    .addColumn('arrived_at', 'text', (c) => c.notNull())
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id'))
    .addColumn('first_service_id', 'text', (c) => c.notNull().references('services.id'))
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('customer_name', 'text')
    .addColumn('needs', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`state in ('waiting', 'called', 'in_service', 'on_hold', 'done', 'left', 'no_show')`,
        ),
    )
    .addColumn('queue_since', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'text')
    .addColumn('called_at', 'text')
    .addColumn('call_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('desk_id', 'text', (c) => c.references('desks.id'))
    .addColumn('staff_id', 'text', (c) => c.references('staff.id'))
    .addColumn('closed_at', 'text')
    .addColumn('checked_in_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('visits_ticket_per_site_day', ['site_id', 'ticket_date', 'ticket_number'])
    .execute();
  await db.schema
    .createIndex('visits_site_state')
    .on('visits')
    .columns(['site_id', 'state'])
    .execute();
  await db.schema
    .createIndex('visits_site_arrived')
    .on('visits')
    .columns(['site_id', 'arrived_at'])
    .execute();
  await db.schema.createIndex('visits_arrived').on('visits').column('arrived_at').execute();

  // Each stretch of a visit (waiting, called, being served, on hold) with its own times.
  await db.schema
    .createTable('visit_stretches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id'))
    .addColumn('desk_id', 'text', (c) => c.references('desks.id'))
    .addColumn('staff_id', 'text', (c) => c.references('staff.id'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema
    .createIndex('visit_stretches_visit')
    .on('visit_stretches')
    .column('visit_id')
    .execute();

  await db.schema
    .alterTable('contacts')
    .addColumn('visit_id', 'text', (c) => c.references('visits.id'))
    .execute();
  await db.schema.createIndex('contacts_visit').on('contacts').column('visit_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('contacts_visit').execute();
  await db.schema.alterTable('contacts').dropColumn('visit_id').execute();
  for (const table of [
    'visit_stretches',
    'visits',
    'appointments',
    'desks',
    'customer_markers',
    'customers',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

// Frozen once landed: never edit; add a new migration instead.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('contact_centre', 'one_stop_shop')`),
    )
    .addColumn('ticket_prefix', 'text', (c) => c.notNull())
    .addColumn('opening_hours', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('departments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('escalation_contact', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('services')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  for (const table of ['interaction_types', 'customer_types']) {
    let builder = db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique());
    builder =
      table === 'interaction_types'
        ? builder.addColumn('bvpi157', 'integer', (c) => c.notNull().defaultTo(0))
        : builder
            .addColumn('code', 'text', (c) => c.notNull().unique())
            .addColumn('is_anonymous', 'integer', (c) => c.notNull().defaultTo(0));
    await builder
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  }

  await db.schema
    .createTable('staff')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('adviser', 'team_leader', 'administrator')`),
    )
    .addColumn('home_site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('team', 'text')
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('channel', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`channel in ('telephone', 'face_to_face', 'email', 'web_form', 'sms', 'letter', 'fax')`,
        ),
    )
    .addColumn('direction', 'text', (c) =>
      c.notNull().check(sql`direction in ('inbound', 'outbound')`),
    )
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id'))
    .addColumn('interaction_type_id', 'text', (c) => c.notNull().references('interaction_types.id'))
    .addColumn('customer_type_id', 'text', (c) => c.notNull().references('customer_types.id'))
    .addColumn('customer_id', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.references('departments.id'))
    .addColumn('partner_name', 'text')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('contacts_end_after_start', sql`ended_at >= started_at`)
    .execute();
  await db.schema.createIndex('contacts_started_at').on('contacts').column('started_at').execute();
  await db.schema
    .createIndex('contacts_staff_started')
    .on('contacts')
    .columns(['staff_id', 'started_at'])
    .execute();
  await db.schema
    .createIndex('contacts_site_started')
    .on('contacts')
    .columns(['site_id', 'started_at'])
    .execute();
  await db.schema
    .createIndex('contacts_customer_started')
    .on('contacts')
    .columns(['customer_id', 'started_at'])
    .execute();

  await db.schema
    .createTable('change_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text')
    .addColumn('site_id', 'text')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) =>
      c.notNull().check(sql`action in ('create', 'update', 'delete')`),
    )
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('shipped_at', 'text')
    .execute();
  await db.schema
    .createIndex('change_log_entity')
    .on('change_log')
    .columns(['entity', 'entity_id'])
    .execute();
  await db.schema
    .createIndex('change_log_unshipped')
    .on('change_log')
    .column('shipped_at')
    .where(sql.ref('shipped_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'change_log',
    'contacts',
    'settings',
    'staff',
    'customer_types',
    'interaction_types',
    'services',
    'departments',
    'sites',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

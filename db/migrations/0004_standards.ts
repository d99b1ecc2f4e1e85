// Frozen once landed: never edit; add a new migration instead.
// Service standards a council edits without a release: what each times, its clock, and its
// (percentage, limit) thresholds.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('service_standards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`unit in ('seconds', 'minutes', 'working_hours', 'working_days', 'calendar_days')`,
        ),
    )
    .addColumn('measure', 'text', (c) =>
      c.notNull().check(sql`measure in ('share_within', 'average_within')`),
    )
    .addColumn('thresholds', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('service_standards').execute();
}

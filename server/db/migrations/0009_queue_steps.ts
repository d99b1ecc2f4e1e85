// Frozen once landed: never edit; add a new migration instead.
// Every step of today's queue decided by the council server (issue 22), not only calls: a
// grant now records the state it moves the record to (a visit's 'called', 'in_service',
// 'done'…, or an appointment's 'checked_in'), so a desk asking for the next step is answered
// against the step granted a moment ago even before that desk's push of it arrives. Keyed by
// the record's table and id; the counter desk is kept only where a step places the visitor at
// one (a call, a start).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('queue_calls').execute();
  await db.schema
    .createTable('queue_steps')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    /** The state the granted step moves the record to. */
    .addColumn('to_state', 'text', (c) => c.notNull())
    /** The site's counter desk the visitor is at after the step, if any. */
    .addColumn('service_desk_id', 'text')
    .addColumn('service_desk_name', 'text')
    /** The council desk (PC) that asked. */
    .addColumn('desk_id', 'uuid', (c) => c.notNull().references('desks.id'))
    /** The record's newest change version when the step was granted. */
    .addColumn('after_version', 'bigint', (c) => c.notNull())
    .addColumn('granted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('queue_steps_pk', ['entity', 'record_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('queue_steps').execute();
  await db.schema
    .createTable('queue_calls')
    .addColumn('visit_id', 'text', (c) => c.primaryKey())
    .addColumn('service_desk_id', 'text', (c) => c.notNull())
    .addColumn('service_desk_name', 'text', (c) => c.notNull())
    .addColumn('desk_id', 'uuid', (c) => c.notNull().references('desks.id'))
    .addColumn('after_version', 'bigint', (c) => c.notNull())
    .addColumn('granted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

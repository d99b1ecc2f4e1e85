// Frozen once landed: never edit; add a new migration instead.
// Calls the council server has granted (issue 22, "the server owns today's queue when
// online"): before a desk calls a visitor it asks the server, which grants the call only if
// the visitor is still free to call and no other desk holds a call for them, so two desks
// pressing "call next" at once never get the same visitor. A grant stands until the visit
// next changes on the server (the called desk's own push of the call, or any later step), or
// for two minutes if that push never comes.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('queue_calls')
    .addColumn('visit_id', 'text', (c) => c.primaryKey())
    /** The site's counter desk the visitor was called to (the desk app's desks table). */
    .addColumn('service_desk_id', 'text', (c) => c.notNull())
    .addColumn('service_desk_name', 'text', (c) => c.notNull())
    /** The council desk (PC) that asked. */
    .addColumn('desk_id', 'uuid', (c) => c.notNull().references('desks.id'))
    /** The visit's newest change version when the call was granted. */
    .addColumn('after_version', 'bigint', (c) => c.notNull())
    .addColumn('granted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('queue_calls').execute();
}

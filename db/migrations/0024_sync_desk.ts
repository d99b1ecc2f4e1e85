// Frozen once landed: never edit; add a new migration instead.
// The desk's side of sync with the council server (issue 21).
//
// - change_log.hlc: every entry's hybrid logical clock, given when it is written (db/write.ts),
//   so the value the desk compares with and the value it ships are one and the same; last
//   writer wins per field is decided on these on every desk alike. Entries written before this
//   migration have none; they get theirs when they ship (electron/sync/outbox-batches.ts).
// - change_log.from_desk and pulled_version: entries pulled from other desks go in the same
//   log, already shipped, so a record's history reads the same on every desk and the conflict
//   rules can see every earlier write to a field. Never in the outbox: shipped_at is set.
// - sync_state: one row. The replica id names this database in its clocks from the first
//   write (before it is ever enrolled); the server's address, the desk identity it gave at
//   enrolment, the secret (sealed with Electron's safeStorage where available) and how far
//   this desk has pulled. No server: single-desk mode, as before.
// - number_blocks: reference numbers leased from the server, used up in order, offline too.
// - sync_problems: every change the server refused, or a pulled change this desk could not
//   apply, with the reason, until someone deals with it. Nothing is dropped silently.
import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('change_log').addColumn('hlc', 'text').execute();
  await db.schema.alterTable('change_log').addColumn('from_desk', 'text').execute();
  await db.schema.alterTable('change_log').addColumn('pulled_version', 'text').execute();
  // The desk's clock resumes from the largest value in its log, read through this index.
  await db.schema
    .createIndex('change_log_hlc')
    .on('change_log')
    .column('hlc')
    .where('hlc', 'is not', null)
    .execute();

  await db.schema
    .createTable('sync_state')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('replica_id', 'text', (c) => c.notNull())
    .addColumn('server_url', 'text')
    .addColumn('desk_id', 'text')
    .addColumn('desk_name', 'text')
    .addColumn('site_id', 'text')
    /** Its place among its site's desks (1 is A): the letter its tickets carry. */
    .addColumn('issuing_point', 'integer')
    /** The desk's secret: base64 of safeStorage's sealed bytes when sealed = 1, else as given. */
    .addColumn('secret', 'text')
    .addColumn('sealed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('enrolled_at', 'text')
    /** The server version this desk has pulled up to (a bigint, as text). */
    .addColumn('cursor', 'text', (c) => c.notNull().defaultTo('0'))
    /** The last time the server answered a push or a pull. */
    .addColumn('last_contact_at', 'text')
    /** When the server last stopped answering; null while it answers. */
    .addColumn('offline_since', 'text')
    .addCheckConstraint(
      'sync_state_enrolled_together',
      sql`(server_url is null) = (desk_id is null) and (desk_id is null) = (secret is null)`,
    )
    .execute();
  await db.insertInto('sync_state').values({ id: 1, replica_id: uuidv7() }).execute();

  // Blocks of reference numbers the server leased to this desk (shared/sync/numbers.ts).
  await db.schema
    .createTable('number_blocks')
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('first', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    /** The next number to give; past `last` when the block is used up. */
    .addColumn('next', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('number_blocks_pk', ['series', 'first'])
    .execute();

  await db.schema
    .createTable('sync_problems')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** 'push': the server refused this desk's change; 'pull': this desk could not apply one. */
    .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('push', 'pull')`))
    .addColumn('mutation_id', 'text', (c) => c.notNull())
    .addColumn('entity', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('staff_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    /** A pulled change this desk could not apply, as JSON, tried again after later pulls. */
    .addColumn('change', 'text')
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addUniqueConstraint('sync_problems_once', ['direction', 'mutation_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sync_problems').execute();
  await db.schema.dropTable('number_blocks').execute();
  await db.schema.dropTable('sync_state').execute();
  await db.schema.dropIndex('change_log_hlc').execute();
  await db.schema.alterTable('change_log').dropColumn('pulled_version').execute();
  await db.schema.alterTable('change_log').dropColumn('from_desk').execute();
  await db.schema.alterTable('change_log').dropColumn('hlc').execute();
}

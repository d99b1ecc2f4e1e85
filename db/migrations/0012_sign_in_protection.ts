// Frozen once landed: never edit; add a new migration instead.
// Sign-in protection (go-live issue, item 4). NCSC guidance: throttle guessing rather than
// lock accounts for ever. Consecutive wrong passwords are counted per username in the
// database, so closing and reopening the app does not wipe the count. They are keyed by the
// username as typed (lower-cased), not by staff id: a username nobody has is counted and
// throttled exactly like a real one, so the answers do not reveal which usernames exist.
//
// The security audit log records who (staff id, or the username tried), when and what: each
// sign-in, failure, refusal, lock-out, unlock and password change. It is not the change log:
// that holds before/after copies of records, is shown on a record's history and ships to the
// council server as the sync outbox, while these events change no record (a failed guess at
// an unknown username has no record at all) and must never carry a password hash.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_in_failures')
    .addColumn('username', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull().check(sql`failures > 0`))
    .addColumn('last_failure_at', 'text', (c) => c.notNull())
    /** No attempt is checked before this instant; null when none need wait. */
    .addColumn('retry_at', 'text')
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    /** Who acted, when known: the person signing in, or the administrator who unlocked. */
    .addColumn('staff_id', 'text')
    /** The username tried, or the account acted on. */
    .addColumn('username', 'text')
    .addColumn('site_id', 'text')
    /** JSON: what else happened (failures so far, until when, why). */
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('audit_events_at').on('audit_events').column('at').execute();
  await db.schema
    .createIndex('audit_events_username')
    .on('audit_events')
    .columns(['username', 'at'])
    .execute();
  await db.schema
    .createIndex('audit_events_staff')
    .on('audit_events')
    .columns(['staff_id', 'at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_events').execute();
  await db.schema.dropTable('sign_in_failures').execute();
}

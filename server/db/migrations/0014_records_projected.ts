// Frozen once landed: never edit; add a new migration instead.
// How far the record tables have been brought up to date (issue 23): the council version of
// the last change projected into them. A push only writes its changes, as before the record
// tables existed, so a desk's sync never waits on them; the records catch up just after, and
// before any report is answered (server/records/catch-up.ts).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table records_projected (
    id integer primary key check (id = 1),
    version bigint not null
  )`.execute(db);
  // The tables were filled from every change held when they were made (migrateServer).
  await sql`insert into records_projected (id, version)
    select 1, version from council_version`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table records_projected`.execute(db);
}

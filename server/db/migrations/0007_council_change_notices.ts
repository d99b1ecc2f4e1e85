// Frozen once landed: never edit; add a new migration instead.
// Live within a second (issue 22): each time the council's version rises, PostgreSQL tells
// every connection listening on `council_changes` (server/live/), as the transaction that
// raised it commits, so each server instance can nudge its desks to pull at once instead of
// waiting for their next round.
//
// The payload carries the version alone. Issue 22 asks for the site too, but the version row
// is council-wide, a pull is council-wide, and every desk of every site holds the changes its
// profile needs from any site: each desk needs the nudge whichever site made the change.
// The version is sent as text, since a bigint can outgrow a JSON number.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function council_version_notify() returns trigger language plpgsql as $$
    begin
      perform pg_notify('council_changes', json_build_object('version', new.version::text)::text);
      return new;
    end $$`.execute(db);
  // Only a rise: a version never falls, and an update that leaves it alone changed nothing.
  await sql`
    create trigger council_version_notify
    after update of version on council_version
    for each row when (new.version > old.version)
    execute function council_version_notify()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger council_version_notify on council_version`.execute(db);
  await sql`drop function council_version_notify()`.execute(db);
}

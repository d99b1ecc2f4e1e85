// Frozen once landed: never edit; add a new migration instead.
// When each desk last reached the council server (issue 23): council-wide figures name the
// desks not heard from lately, whose latest work may not be counted yet.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('desks').addColumn('last_seen_at', 'timestamptz').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('desks').dropColumn('last_seen_at').execute();
}

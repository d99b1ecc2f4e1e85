// Frozen once landed: never edit; add a new migration instead.
// A joined desk's offline profile (issue 21): it keeps contacts, visits and closed items of the
// last N days, and older ones the council server holds are trimmed (db/queries/sync/trim.ts).
// - trim_guard: one row, there only inside a trim's own transaction (filled first, emptied
//   before it commits). Other connections never see it, and a crash rolls it back with the rest.
// - The two delete triggers on contacts stand aside while it holds a row. A trimmed contact
//   was not withdrawn, it is only no longer kept here: the tallies of 0008 must go on counting
//   it (a team leader's old month reads the same after a trim), and the repeat flags of 0007
//   and 0021 of the contacts before it must not be worked out again without it. Every other
//   delete (a correction, a withdrawn change, a tombstone) still moves both, as before.
// - sync_state.last_trim_on: the London day of the last trim, so it runs at most once a day.
// The triggers are taken as they stand (0021 wrote them last) and only given a `when` clause,
// so their bodies are not copied out a third time.
import { sql, type Kysely } from 'kysely';

const TRIGGERS = ['contacts_tally_delete', 'contacts_repeat_delete'];
const PLAIN = /after delete on contacts\s+begin/i;
const GUARDED = 'after delete on contacts when not exists (select 1 from trim_guard) begin';
const GUARDED_PATTERN =
  /after delete on contacts when not exists \(select 1 from trim_guard\) begin/i;

async function rewriteTriggers(db: Kysely<any>, from: RegExp, to: string): Promise<void> {
  for (const name of TRIGGERS) {
    const found = await sql<{ sql: string }>`
      select sql from sqlite_master where type = 'trigger' and name = ${name}`.execute(db);
    const statement = found.rows[0]?.sql;
    if (!statement || !from.test(statement))
      throw new Error(`The trigger ${name} is not as migration 0021 left it.`);
    await sql.raw(`drop trigger ${name}`).execute(db);
    await sql.raw(statement.replace(from, to)).execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('trim_guard')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .execute();
  await db.schema.alterTable('sync_state').addColumn('last_trim_on', 'text').execute();
  await rewriteTriggers(db, PLAIN, GUARDED);
}

export async function down(db: Kysely<any>): Promise<void> {
  await rewriteTriggers(db, GUARDED_PATTERN, 'after delete on contacts begin');
  await db.schema.alterTable('sync_state').dropColumn('last_trim_on').execute();
  await db.schema.dropTable('trim_guard').execute();
}

// Frozen once landed: never edit; add a new migration instead.
// A fourth role, `display`, for the waiting-area screen: it may read the now-calling board
// and nothing else (go-live issue, item 2). SQLite cannot change a CHECK constraint in place,
// so the staff table is rebuilt from its own stored definition with the wider check. The
// tables that refer to staff keep pointing at "staff" by name; foreign keys are deferred to
// the end of the migration's transaction, when every row is back.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

const NARROW = `role in ('adviser', 'team_leader', 'administrator')`;
const WIDE = `role in ('adviser', 'team_leader', 'administrator', 'display')`;

async function rebuildStaff(db: Kysely<any>, from: string, to: string): Promise<void> {
  const found = await sql<{ sql: string }>`
    select sql from sqlite_master where type = 'table' and name = 'staff'`.execute(db);
  const definition = found.rows[0]?.sql;
  if (!definition?.includes(from)) throw new Error('The staff table is not as expected.');
  const extras = await sql<{ sql: string }>`
    select sql from sqlite_master
    where tbl_name = 'staff' and type in ('index', 'trigger') and sql is not null`.execute(db);
  await sql`pragma defer_foreign_keys = on`.execute(db);
  await sql`create temp table staff_copy as select * from staff`.execute(db);
  await sql`drop table staff`.execute(db);
  await sql.raw(definition.replace(from, to)).execute(db);
  await sql`insert into staff select * from temp.staff_copy`.execute(db);
  await sql`drop table temp.staff_copy`.execute(db);
  for (const extra of extras.rows) await sql.raw(extra.sql).execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await rebuildStaff(db, NARROW, WIDE);
}

export async function down(db: Kysely<any>): Promise<void> {
  const displays = await sql<{ n: number }>`
    select count(*) as n from staff where role = 'display'`.execute(db);
  if (Number(displays.rows[0]?.n) > 0) {
    throw new Error('Change or retire the waiting-area display accounts before going back.');
  }
  await rebuildStaff(db, WIDE, NARROW);
}

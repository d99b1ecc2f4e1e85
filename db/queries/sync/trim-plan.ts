// Which rows a trim to the offline profile takes (issue 21; the rules in ./trim-rules.ts), worked
// out into a temporary table of this connection, `trim_plan`: each row with the record it goes
// with (its "root") so a record and what describes it go together or not at all. Built by
// single statements outside any transaction, so a large first trim never holds the desk's write
// lock while it reads; each batch checks its rows again as it deletes them (./trim.ts).
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../write';
import { foreignKeysOf, inDependencyOrder } from './baseline';
import { TRIM_ROOTS, TRIM_WITH_PARENT, TRIMMABLE } from './trim-rules';

export interface TrimPlan {
  /** Rows planned. */
  rows: number;
  /** The trimmable tables, each before every table it refers to: the order rows go in. */
  order: string[];
}

interface Edge {
  child: string;
  column: string;
  parent: string;
}

/** Every foreign key, in any table of the desk, that names a row of a trimmable table. */
async function edgesIntoTrimmable(db: Db): Promise<Edge[]> {
  const tables = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
  const edges: Edge[] = [];
  for (const { name } of tables.rows) {
    for (const key of await foreignKeysOf(db, name)) {
      if (TRIMMABLE.has(key.parent)) edges.push({ child: name, ...key });
    }
  }
  return edges;
}

/** Drops every record (with all that goes with it) any of whose rows `rootsToDrop` names. */
async function dropRecords(db: Db, rootsToDrop: RawBuilder<unknown>): Promise<number> {
  const result = await sql`delete from trim_plan where root in (${rootsToDrop})`.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}

/** Works out what a trim to `cutoff` takes into `trim_plan` (emptied first). */
export async function planTrim(db: Db, cutoff: string): Promise<TrimPlan> {
  await sql`create temp table if not exists trim_plan (
    entity text not null, id text not null, root text not null, root_rank integer not null,
    primary key (entity, id)) without rowid`.execute(db);
  await sql`create index if not exists temp.trim_plan_root on trim_plan (root)`.execute(db);
  await sql`create index if not exists temp.trim_plan_batch on trim_plan (root_rank, root)`.execute(
    db,
  );
  await sql`delete from trim_plan`.execute(db);

  // Children before the rows they refer to: a hand-off before its contact, a contact before
  // its visit. Records are deleted in this order too, so no delete meets a row still naming it.
  const order: string[] = (await inDependencyOrder(db)).filter((t) => TRIMMABLE.has(t)).reverse();
  const rank = (table: string) => order.indexOf(table);

  for (const [table, old] of Object.entries(TRIM_ROOTS)) {
    await sql`insert into trim_plan (entity, id, root, root_rank)
      select ${table}, id, ${`${table}:`} || id, ${rank(table)} from ${sql.table(table)}
      where ${old(cutoff)}`.execute(db);
  }
  for (const { child, parent } of TRIM_WITH_PARENT) {
    const columns = (await foreignKeysOf(db, child)).filter((k) => k.parent === parent);
    if (columns.length === 0) throw new Error(`${child} does not refer to ${parent}.`);
    for (const { column } of columns) {
      await sql`insert or ignore into trim_plan (entity, id, root, root_rank)
        select ${child}, c.id, p.root, p.root_rank from ${sql.table(child)} c
        join trim_plan p on p.entity = ${parent} and p.id = ${sql.ref(`c.${column}`)}`.execute(db);
    }
  }

  // Rule 2: only what the council server holds. A row goes only if its creation is in the log
  // (a row never logged, such as one made before the desk joined a council that already had
  // records, may be on no server) and every change to it has shipped. A change the server
  // refused and a leader set aside counts as shipped in the log but is not on the server, so
  // a row any refused change touched stays too.
  await dropRecords(
    db,
    sql`select p.root from trim_plan p where not exists (
          select 1 from change_log l
          where l.entity = p.entity and l.entity_id = p.id and l.action = 'create')
        union select p.root from change_log l
          join trim_plan p on p.entity = l.entity and p.id = l.entity_id
          where l.shipped_at is null
        union select p.root from sync_problems s
          join change_log l on l.mutation_id = s.mutation_id
          join trim_plan p on p.entity = l.entity and p.id = l.entity_id
          where s.direction = 'push'`,
  );

  // Rule 3: nothing a kept row points at. Keeping a record keeps the rows it names, which
  // may keep others in turn, so this runs until a whole pass keeps nothing more.
  const edges = await edgesIntoTrimmable(db);
  for (let kept = 1; kept > 0;) {
    kept = 0;
    for (const { child, column, parent } of edges) {
      const from = sql`${sql.table(child)} c join trim_plan p
        on p.entity = ${parent} and p.id = ${sql.ref(`c.${column}`)}`;
      kept += await dropRecords(
        db,
        TRIMMABLE.has(child)
          ? sql`select p.root from ${from} where not exists (
              select 1 from trim_plan k where k.entity = ${child} and k.id = c.id)`
          : sql`select p.root from ${from}`,
      );
    }
  }
  const counted = await sql<{ n: number }>`select count(*) as n from trim_plan`.execute(db);
  return { rows: Number(counted.rows[0]?.n ?? 0), order };
}

/** Empties the plan (the temporary table lives as long as the connection). */
export async function clearTrimPlan(db: Db): Promise<void> {
  await sql`delete from trim_plan`.execute(db);
}

// Trims a joined desk to its offline profile (issue 21): contacts, visits and closed items older
// than the days it keeps, with what describes them, go from this desk once the council server
// holds them, and so do their change-log entries (else a later pulled edit would replay the
// whole history and bring the row back). A single desk keeps everything: it is the only copy.
// In batches of a few thousand rows, each its own transaction, so saves and pulls go on between
// them. Each batch fills trim_guard first (migration 0028), so the contact tallies and repeat
// flags stand as they were: a trim withdraws nothing, the desk only stops holding it.
import { sql } from 'kysely';
import { addCalendarDays, londonDateOf, londonInstant } from '../../../shared/time/london';
import { inTransaction, type Db, type Tx } from '../../write';
import { readSyncState } from './state';
import { clearTrimPlan, planTrim } from './trim-plan';
import { TRIM_ROOTS } from './trim-rules';

/** Rows a batch deletes at most (a record and what describes it always go together). */
export const TRIM_BATCH_ROWS = 2_000;

export interface TrimReport {
  /** The start of the oldest London day kept (ISO 8601 UTC); null on a single desk. */
  cutoff: string | null;
  planned: number;
  /** Rows taken, by table. */
  trimmed: Record<string, number>;
  /** Change-log entries of those rows taken with them. */
  logEntries: number;
  /** Why the trim stopped before the end (the rest goes at the next one). */
  stopped?: string;
}

/** The start of the London day `days` before the London day of `now`, as ISO 8601 UTC. */
export function trimCutoff(now: Date, days: number): string {
  return londonInstant(addCalendarDays(londonDateOf(now), -days)).toISOString();
}

/** The next batch's records: whole records, in plan order, up to `limit` rows (at least one record). */
async function nextRoots(db: Db, limit: number): Promise<string[]> {
  const head = await sql<{ root: string }>`
    select root from trim_plan order by root_rank, root limit ${limit}`.execute(db);
  const roots = [...new Set(head.rows.map((r) => r.root))];
  // The last record may have more rows than the limit let in: it waits for the next batch.
  if (head.rows.length === limit && roots.length > 1) roots.pop();
  return roots;
}

/** The records of `roots` that must stay after all: changed here since the plan, or reopened. */
async function noLongerTrimmable(tx: Tx, roots: string[], cutoff: string): Promise<Set<string>> {
  const stay = new Set<string>();
  const unshipped = await sql<{ root: string }>`
    select distinct p.root from trim_plan p
    join change_log l on l.entity = p.entity and l.entity_id = p.id
    where p.root in (${sql.join(roots)}) and l.shipped_at is null`.execute(tx);
  for (const r of unshipped.rows) stay.add(r.root);
  const byTable = new Map<string, string[]>();
  for (const root of roots) {
    const [table, id] = root.split(':') as [string, string];
    byTable.set(table, [...(byTable.get(table) ?? []), id]);
  }
  for (const [table, ids] of byTable) {
    const old = TRIM_ROOTS[table]!;
    const still = await sql<{ id: string }>`select id from ${sql.table(table)}
      where id in (${sql.join(ids)}) and ${old(cutoff)}`.execute(tx);
    const kept = new Set(still.rows.map((r) => r.id));
    for (const id of ids) if (!kept.has(id)) stay.add(`${table}:${id}`);
  }
  return stay;
}

/** Deletes one batch's records inside `tx`; the rows and log entries taken. */
async function trimBatch(
  tx: Tx,
  roots: string[],
  order: string[],
  cutoff: string,
  report: TrimReport,
): Promise<void> {
  await tx.insertInto('trim_guard').values({ id: 1 }).execute();
  const stay = await noLongerTrimmable(tx, roots, cutoff);
  const going = roots.filter((r) => !stay.has(r));
  const rows =
    going.length === 0
      ? []
      : (
          await sql<{ entity: string; id: string }>`select entity, id from trim_plan
            where root in (${sql.join(going)})`.execute(tx)
        ).rows;
  for (const table of order) {
    const ids = rows.filter((r) => r.entity === table).map((r) => r.id);
    if (ids.length === 0) continue;
    const gone = await sql`delete from ${sql.table(table)} where id in (${sql.join(ids)})`.execute(
      tx,
    );
    const logged = await tx
      .deleteFrom('change_log')
      .where('entity', '=', table)
      .where('entity_id', 'in', ids)
      .executeTakeFirst();
    report.trimmed[table] = (report.trimmed[table] ?? 0) + Number(gone.numAffectedRows ?? 0n);
    report.logEntries += Number(logged.numDeletedRows);
  }
  await sql`delete from trim_plan where root in (${sql.join(roots)})`.execute(tx);
  await tx.deleteFrom('trim_guard').execute();
}

export interface TrimOptions {
  /** The start of the oldest London day kept (trimCutoff). */
  cutoff: string;
  batchRows?: number;
  /** Awaited between batches, so the desk's other work runs (the default yields once). */
  between?: () => Promise<void>;
}

/** Trims this desk to its offline profile; on a single desk, does nothing. */
export async function trimToProfile(db: Db, options: TrimOptions): Promise<TrimReport> {
  if (!(await readSyncState(db)).identity) {
    return { cutoff: null, planned: 0, trimmed: {}, logEntries: 0 };
  }
  const { cutoff } = options;
  const plan = await planTrim(db, cutoff);
  const report: TrimReport = { cutoff, planned: plan.rows, trimmed: {}, logEntries: 0 };
  const between = options.between ?? (() => new Promise<void>((done) => setImmediate(done)));
  try {
    for (;;) {
      const roots = await nextRoots(db, options.batchRows ?? TRIM_BATCH_ROWS);
      if (roots.length === 0) break;
      try {
        await inTransaction(db, (tx) => trimBatch(tx, roots, plan.order, cutoff, report));
      } catch (error) {
        // A row written since the plan names one of the batch's (the database refuses the
        // delete): the batch is undone whole, and the next trim plans afresh around it.
        report.stopped = (error as Error).message;
        break;
      }
      await between();
    }
  } finally {
    await clearTrimPlan(db);
  }
  return report;
}

/** The London day of this desk's last trim, if any (sync_state, migration 0028). */
export async function lastTrimOn(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('sync_state')
    .select('last_trim_on')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row?.last_trim_on ?? null;
}

export async function saveLastTrimOn(tx: Tx, day: string): Promise<void> {
  await tx.updateTable('sync_state').set({ last_trim_on: day }).where('id', '=', 1).execute();
}

// The baseline a council's first PC publishes when it joins the council server (issue 21):
// every synced row as it stands, logged as its creation, so a new PC joining later takes the
// council's lists, staff and records from the server alone. Rows written before the PC joined
// (first-run set-up, records made as a single desk) have no client mutation id and would
// otherwise never travel. The PC's earlier unshipped entries are marked shipped: the baseline
// carries what they wrote.
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { MAX_PUSH_BATCH } from '../../../shared/sync/limits';
import type { ReadableDB } from '../../handles';
import type { Database } from '../../schema';
import { logAsItStands, type Tx } from '../../write';
import { SYNCED_ENTITIES } from './synced-tables';

type Table = Exclude<keyof Database, 'change_log'>;

/** The columns of `table` that name a row of another table (its foreign keys), as SQLite has them. */
export async function foreignKeysOf(
  db: ReadableDB,
  table: string,
): Promise<{ parent: string; column: string }[]> {
  const keys = await sql<{ table: string; from: string }>`
    select "table", "from" from pragma_foreign_key_list(${table})`.execute(db);
  return keys.rows.map((k) => ({ parent: k.table, column: k.from }));
}

/**
 * The synced tables with every table after the tables its foreign keys name, so a PC applying
 * the baseline in order never meets a row that refers to one it has not got yet.
 */
export async function inDependencyOrder(tx: ReadableDB): Promise<Table[]> {
  const refs = new Map<string, { parent: string; column: string }[]>();
  for (const table of SYNCED_ENTITIES) refs.set(table, await foreignKeysOf(tx, table));
  const ordered: Table[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (placed.has(table) || !SYNCED_ENTITIES.has(table)) return;
    if (visiting.has(table))
      throw new Error(`The synced tables refer to each other in a ring at ${table}.`);
    visiting.add(table);
    // A row naming another of its own table goes after it: rows go in the order written.
    for (const ref of refs.get(table) ?? []) if (ref.parent !== table) visit(ref.parent);
    visiting.delete(table);
    placed.add(table);
    ordered.push(table as Table);
  };
  for (const table of [...SYNCED_ENTITIES].sort()) visit(table);
  return ordered;
}

/** Writes the baseline into the change log inside `tx`; the number of entries it wrote. */
export async function writeBaseline(tx: Tx, at: Date): Promise<number> {
  await tx
    .updateTable('change_log')
    .set({ shipped_at: at.toISOString() })
    .where('shipped_at', 'is', null)
    .execute();
  let written = 0;
  let mutationId = uuidv7();
  const log = async (table: Table, row: Record<string, unknown>) => {
    // Mutations of a batch's size, so the outbox packs them as it packs any save.
    if (written > 0 && written % MAX_PUSH_BATCH === 0) mutationId = uuidv7();
    await logAsItStands(tx, at, table, row, mutationId);
    written++;
  };
  for (const table of await inDependencyOrder(tx)) {
    // A whole-table scan reads a rowid table in rowid order: the order its rows were written.
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(tx);
    for (const row of rows.rows) await log(table, row);
  }
  return written;
}

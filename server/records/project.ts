// Keeps the `records` schema (server migration 0010) in step with the changes the server
// holds (issue 23): after a push writes its changes, each record they touch is worked out
// again from its whole history by the shared conflict rules (../sync/current-rows.ts, the same
// replay every desk runs) and written as it now stands, or removed once deleted. The tables
// are then the council's records exactly as a desk that holds everything would have them, so
// the desk's report queries can run on them. In the push's transaction: a report never sees
// a change without its record.
import { sql, type Transaction } from 'kysely';
import type { ServerDatabase } from '../db/schema';
import { blankErasures } from './erasures';
import { POSTGRES } from '../../db/engine/engine';
import { currentRows } from '../sync/current-rows';

type Tx = Transaction<ServerDatabase>;

/** Fields the server works out itself, never taken from a desk's history. */
const SERVERS_OWN = new Set(['repeated']);

/** PostgreSQL takes at most 65,535 parameters a statement; a margin below it. */
const MAX_PARAMETERS = 60_000;

/** The key column of a record table with a one-column key: `key` for settings, else `id`. */
const keyOf = (table: string) => (table === 'settings' ? 'key' : 'id');

let columnsOf: Promise<Map<string, ReadonlySet<string>>> | null = null;

/** Each record table's columns, read once per process (the schema changes only by migration). */
function recordColumns(tx: Tx): Promise<Map<string, ReadonlySet<string>>> {
  columnsOf ??= sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = 'records'`
    .execute(tx)
    .then(({ rows }) => {
      const tables = new Map<string, Set<string>>();
      for (const r of rows) {
        if (!tables.has(r.table_name)) tables.set(r.table_name, new Set());
        tables.get(r.table_name)!.add(r.column_name);
      }
      return tables;
    })
    .catch((error: unknown) => {
      columnsOf = null;
      throw error;
    });
  return columnsOf;
}

/** A value as the column keeps it: JSON objects and arrays as their text, as on a desk. */
function stored(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}

/** Writes records `ids` of `table` as their histories now give them. */
async function projectRows(
  tx: Tx,
  table: string,
  columns: ReadonlySet<string>,
  ids: readonly string[],
): Promise<void> {
  const key = keyOf(table);
  if (!columns.has(key)) return; // a table keyed otherwise (duplicate_candidates) is not kept
  const rows = await currentRows(tx, table, ids);
  const gone = ids.filter((id) => {
    const row = rows.get(id);
    return !row || row.deleted || !row.created;
  });
  if (gone.length > 0) {
    await sql`delete from ${sql.table(`records.${table}`)} where ${sql.ref(key)} in (${sql.join(gone)})`.execute(
      tx,
    );
  }
  const kept = [...rows].filter(([, row]) => !row.deleted && row.created);
  if (kept.length === 0) return;
  // One statement for the lot: a column a row's history never set takes its default, as the
  // row did on the desk that made it. The repeat flag is the server's own (decideRepeats).
  const named = new Set<string>();
  for (const [, row] of kept) {
    for (const field of Object.keys(row.fields)) {
      if (columns.has(field) && field !== key && !SERVERS_OWN.has(field)) named.add(field);
    }
  }
  const names = [key, ...named];
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / names.length));
  for (let i = 0; i < kept.length; i += perStatement) {
    const values = kept
      .slice(i, i + perStatement)
      .map(
        ([id, row]) =>
          sql`(${sql.join([
            sql`${id}`,
            ...[...named].map((f) =>
              f in row.fields ? sql`${stored(row.fields[f])}` : sql`default`,
            ),
          ])})`,
      );
    const update =
      named.size === 0
        ? sql`do nothing`
        : sql`do update set ${sql.join(
            [...named].map((f) => sql`${sql.ref(f)} = excluded.${sql.ref(f)}`),
          )}`;
    await sql`insert into ${sql.table(`records.${table}`)} (${sql.join(names.map((n) => sql.ref(n)))})
      values ${sql.join(values)} on conflict (${sql.ref(key)}) ${update}`.execute(tx);
  }
}

/**
 * Decides again, for the customers of contacts just written, which of their contacts are
 * repeats (issue 23: "the 7-day repeat rule is decided there, where every desk's contacts
 * are"): a contact resolved at first contact is a repeat once another inbound contact about
 * the same service follows within 7 days, whichever desk recorded either. The rule is the
 * engine's twin of shared/metrics/fcr.ts; its subquery names `contacts` bare, so the
 * statement reads the record tables first.
 */
async function decideRepeats(
  tx: Tx,
  contactIds: readonly string[],
  customerIds: ReadonlySet<string>,
): Promise<void> {
  await sql`set local search_path = records, public`.execute(tx);
  const customers = [...customerIds];
  await sql`update contacts c set repeated = case when ${POSTGRES.repeatedContact('c')} then 1 else 0 end
    where c.id in (${sql.join(contactIds)})
      ${customers.length > 0 ? sql`or c.customer_id in (${sql.join(customers)})` : sql``}`.execute(
    tx,
  );
  await sql`set local search_path = public`.execute(tx);
}

/** The customers the contacts `ids` belong to in the record tables now. */
async function customersOf(tx: Tx, ids: readonly string[]): Promise<string[]> {
  const { rows } = await sql<{ customer_id: string }>`
    select distinct customer_id from records.contacts
    where id in (${sql.join(ids)}) and customer_id is not null`.execute(tx);
  return rows.map((r) => r.customer_id);
}

/**
 * Brings every record changed after `afterVersion`, up to `uptoVersion`, up to date in the
 * record tables.
 */
export async function projectChanges(
  tx: Tx,
  afterVersion: bigint,
  uptoVersion?: bigint,
): Promise<void> {
  let query = tx
    .selectFrom('changes')
    .select(['entity', 'entity_id'])
    .distinct()
    .where('version', '>', afterVersion.toString());
  if (uptoVersion !== undefined) query = query.where('version', '<=', uptoVersion.toString());
  const touched = await query.execute();
  if (touched.length === 0) return;
  const tables = await recordColumns(tx);
  const byTable = new Map<string, string[]>();
  for (const { entity, entity_id } of touched) {
    if (!tables.has(entity)) continue; // a table no desk version here keeps
    if (!byTable.has(entity)) byTable.set(entity, []);
    byTable.get(entity)!.push(entity_id);
  }
  const contacts = byTable.get('contacts') ?? [];
  // A contact moved off a customer (merged, re-linked) may leave an earlier one no repeat.
  const customers = new Set(contacts.length > 0 ? await customersOf(tx, contacts) : []);
  for (const [table, ids] of byTable) await projectRows(tx, table, tables.get(table)!, ids);
  if (contacts.length > 0) {
    for (const id of await customersOf(tx, contacts)) customers.add(id);
    await decideRepeats(tx, contacts, customers);
  }
  // Last: a record just projected from history an erasure has since blanked (./erasures.ts).
  await blankErasures(tx, byTable);
}

/**
 * Rebuilds every record table from the changes held: for a council whose server had changes
 * before the record tables existed, and after a migration that adds a record table or column.
 */
export async function rebuildRecords(tx: Tx): Promise<void> {
  const tables = await recordColumns(tx);
  for (const table of tables.keys()) {
    await sql`truncate ${sql.table(`records.${table}`)}`.execute(tx);
  }
  await projectChanges(tx, -1n);
}

// An erasure reaches the council's own copy (UK GDPR Article 17; issue 21). The erasing desk
// blanks the customer by a logged update, which every desk and the server receive, and the
// records on them without logging (db/queries/data-protection/anonymise.ts), so the server
// would go on holding their notes, subjects and summaries in its change history and record
// tables, and show them in a leader's drill-down. After each step of changes is projected,
// this blanks, by the desk's own rules, every record of a customer anonymised in that step
// and any record of an anonymised customer that arrived in it (saved on a desk that had not
// yet heard), in the record tables and in the history new desks pull.
import { sql, type Transaction } from 'kysely';
import {
  BLANKED_CHILDREN,
  blankSql,
  blankValue,
  CUSTOMER_RECORDS,
  fieldsOf,
  PERSONAL_FIELDS,
  type BlankedTable,
} from '../../db/queries/data-protection/anonymise';
import type { ServerDatabase } from '../db/schema';

type Tx = Transaction<ServerDatabase>;
type Targets = Map<BlankedTable, Set<string>>;

const isBlanked = (table: string): table is BlankedTable => table in PERSONAL_FIELDS;
const CHILD_OF = new Map(
  Object.entries(BLANKED_CHILDREN).map(([parent, [child, column]]) => [child, { parent, column }]),
);

function add(targets: Targets, table: BlankedTable, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const set = targets.get(table) ?? new Set<string>();
  for (const id of ids) set.add(id);
  targets.set(table, set);
}

async function idsOf(tx: Tx, query: ReturnType<typeof sql<{ id: string }>>): Promise<string[]> {
  return (await query.execute(tx)).rows.map((r) => r.id);
}

/** The rows hanging off `ids` of `table` that hold personal details of their own. */
async function addChildren(tx: Tx, targets: Targets, table: BlankedTable, ids: string[]) {
  const link = BLANKED_CHILDREN[table];
  if (!link || ids.length === 0) return;
  const [child, column] = link;
  add(
    targets,
    child,
    await idsOf(
      tx,
      sql<{ id: string }>`select id from ${sql.table(`records.${child}`)}
        where ${sql.ref(column)} in (${sql.join(ids)})`,
    ),
  );
}

/** What an erasure covers among the rows just projected. */
async function targetsOf(tx: Tx, touched: ReadonlyMap<string, readonly string[]>) {
  const targets: Targets = new Map();
  const customers = touched.get('customers') ?? [];
  const erased =
    customers.length === 0
      ? []
      : await idsOf(
          tx,
          // Each anonymised customer with every record merged into it, however long ago.
          sql<{ id: string }>`with recursive family(id) as (
              select id from records.customers
              where id in (${sql.join(customers)}) and anonymised_at is not null
              union select c.id from records.customers c join family f on c.merged_into = f.id)
            select id from family`,
        );
  add(targets, 'customers', erased);
  for (const table of CUSTOMER_RECORDS) {
    const ids = new Set<string>();
    if (erased.length > 0) {
      for (const id of await idsOf(
        tx,
        sql<{ id: string }>`select id from ${sql.table(`records.${table}`)}
          where customer_id in (${sql.join(erased)})`,
      ))
        ids.add(id);
    }
    const arrived = touched.get(table) ?? [];
    if (arrived.length > 0) {
      for (const id of await idsOf(
        tx,
        sql<{ id: string }>`select r.id from ${sql.table(`records.${table}`)} r
          join records.customers c on c.id = r.customer_id
          where r.id in (${sql.join(arrived)}) and c.anonymised_at is not null`,
      ))
        ids.add(id);
    }
    add(targets, table, [...ids]);
    await addChildren(tx, targets, table, [...ids]);
  }
  // A survey, holding reply or stage that arrived for a record of an anonymised customer.
  for (const [child, { parent, column }] of CHILD_OF) {
    const arrived = touched.get(child) ?? [];
    if (arrived.length === 0) continue;
    add(
      targets,
      child,
      await idsOf(
        tx,
        sql<{ id: string }>`select x.id from ${sql.table(`records.${child}`)} x
          join ${sql.table(`records.${parent}`)} r on r.id = ${sql.ref(`x.${column}`)}
          join records.customers c on c.id = r.customer_id
          where x.id in (${sql.join(arrived)}) and c.anonymised_at is not null`,
      ),
    );
  }
  return targets;
}

/** Each change to these rows with its personal fields blanked, where it still held any. */
async function scrubHistory(tx: Tx, table: BlankedTable, ids: readonly string[]) {
  const rules = fieldsOf(table);
  const rows = await tx
    .selectFrom('changes')
    .select(['version', 'data'])
    .where('entity', '=', table)
    .where('entity_id', 'in', ids)
    .where('data', 'is not', null)
    .execute();
  for (const row of rows) {
    const data = { ...(row.data as Record<string, unknown>) };
    let changed = false;
    for (const [field, rule] of rules) {
      if (!(field in data)) continue;
      const blank = blankValue(rule, data[field]);
      if (blank === data[field]) continue;
      data[field] = blank;
      changed = true;
    }
    if (!changed) continue;
    await tx
      .updateTable('changes')
      .set({ data: JSON.stringify(data) })
      .where('version', '=', row.version)
      .execute();
  }
}

/** Blanks what an erasure covers among the rows of `touched` (by table), records and history. */
export async function blankErasures(
  tx: Tx,
  touched: ReadonlyMap<string, readonly string[]>,
): Promise<void> {
  if (![...touched.keys()].some(isBlanked)) return;
  for (const [table, set] of await targetsOf(tx, touched)) {
    const ids = [...set];
    if (table !== 'customers') {
      const fields = fieldsOf(table).map(([f, rule]) => sql`${sql.ref(f)} = ${blankSql(rule, f)}`);
      await sql`update ${sql.table(`records.${table}`)} set ${sql.join(fields)}
        where id in (${sql.join(ids)})`.execute(tx);
    }
    await scrubHistory(tx, table, ids);
  }
}

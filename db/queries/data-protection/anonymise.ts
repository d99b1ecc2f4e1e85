// Blanking personal details (UK GDPR Art. 5(1)(e) storage limitation, Art. 17 erasure) while
// every row, link, date, code and count stays, so the figures of past months never move.
// Free text that held something now says so ("Removed (anonymised)") and text that was empty
// stays empty: a figure that counts "has a comment" or "has notes" (NeSDS 20) reads the same.
// The change log's copies of the same fields are blanked too, or the history would still
// hold what the record no longer does.
import { sql, type RawBuilder } from 'kysely';
import type { ReadableDB, WritableDB } from '../../handles';
import { updateLogged, type Actor } from '../../write';

export const ANONYMISED_NAME = 'Anonymised customer';
export const REMOVED = 'Removed (anonymised)';

/**
 * How a field is blanked: `text` keeps an empty value empty and replaces any other with
 * REMOVED; `name` does the same with ANONYMISED_NAME; `null` forgets it; `needs` keeps the
 * JSON shape with no needs in it.
 */
type Rule = 'text' | 'name' | 'null' | 'needs';

/** The personal fields of each kind of record, and how each is blanked. Kinds, channels,
 * services, outcomes, dates and links are not personal on their own and are all kept. */
export const PERSONAL_FIELDS = {
  customers: {
    display_name: 'name',
    title: 'null',
    first_name: 'null',
    last_name: 'null',
    organisation_name: 'null',
    address_line1: 'null',
    address_line2: 'null',
    town: 'null',
    postcode: 'null',
    phone: 'null',
    email: 'null',
    date_of_birth: 'null',
    preferred_language: 'null',
    council_reference: 'null',
    name_keys: 'null',
    needs: 'needs',
  },
  // Why a contact was voided may name the person ("recorded for the wrong Mrs Jones").
  contacts: { notes: 'text', void_reason: 'text' },
  satisfaction_surveys: { comment: 'text' },
  visits: { customer_name: 'name', needs: 'needs' },
  appointments: { customer_name: 'name', needs: 'needs', notes: 'text' },
  correspondence: {
    sender_address: 'text',
    subject: 'text',
    sender_reference: 'text',
    reopen_reason: 'text',
  },
  holding_replies: { reason: 'text' },
  hand_offs: { subject: 'text', details: 'text', status_note: 'text' },
  feedback: { summary: 'text' },
  complaint_stages: { reason: 'text', response: 'text' },
  customer_markers: { reason: 'text' },
} as const satisfies Record<string, Record<string, Rule>>;

export type BlankedTable = keyof typeof PERSONAL_FIELDS;

export const fieldsOf = (table: BlankedTable) =>
  Object.entries(PERSONAL_FIELDS[table]) as [string, Rule][];

export function blankValue(rule: Rule, value: unknown): unknown {
  if (rule === 'null') return null;
  if (rule === 'needs') return '{}';
  if (value === null || value === undefined || value === '') return value;
  return rule === 'name' ? ANONYMISED_NAME : REMOVED;
}

export function blankSql(rule: Rule, column: string): RawBuilder<unknown> {
  const c = sql.ref(column);
  if (rule === 'null') return sql`null`;
  if (rule === 'needs') return sql`'{}'`;
  const to = rule === 'name' ? ANONYMISED_NAME : REMOVED;
  return sql`case when ${c} is null or ${c} = '' then ${c} else ${to} end`;
}

/** True where a row still holds something a blanking would change (so reruns skip it). */
export function stillPersonalSql(table: BlankedTable, alias: string): RawBuilder<boolean> {
  const tests = fieldsOf(table).map(([field, rule]) => {
    const c = sql.ref(`${alias}.${field}`);
    if (rule === 'null') return sql`${c} is not null`;
    if (rule === 'needs') return sql`${c} <> '{}'`;
    const to = rule === 'name' ? ANONYMISED_NAME : REMOVED;
    return sql`coalesce(${c}, '') not in ('', ${to})`;
  });
  return sql<boolean>`(${sql.join(tests, sql` or `)})`;
}

/** SQLite takes at most 32,766 parameters; a few hundred ids a statement is plenty. */
const CHUNK = 500;
function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * Blanks the personal fields of these rows in one statement a chunk. Deliberately not one
 * change-log entry a row: an entry on a contact marks it "corrected" (queries/contacts.ts)
 * and its `before` would copy the very details being removed. The customer's own logged
 * update (anonymised_at) and the audit log record that it happened.
 */
export async function blankRows(tx: WritableDB, table: BlankedTable, ids: readonly string[]) {
  const set = Object.fromEntries(fieldsOf(table).map(([f, rule]) => [f, blankSql(rule, f)]));
  for (const part of chunks(ids)) {
    await tx
      .updateTable(table as 'contacts')
      .set(set)
      .where('id', 'in', part)
      .execute();
  }
  await blankChangeLog(tx, table, ids);
}

/**
 * The change log's copies of the same fields. A value that is already what the row now holds
 * stays (the anonymising entry's own `after`); any other becomes REMOVED, so a record's
 * history reads "first name: Removed (anonymised) -> (none)" and names nobody.
 */
export async function blankChangeLog(tx: WritableDB, table: BlankedTable, ids: readonly string[]) {
  const rules = new Map(fieldsOf(table));
  const scrub = (json: string | null): string | null => {
    if (json === null) return null;
    const values = JSON.parse(json) as Record<string, unknown>;
    let changed = false;
    for (const [field, rule] of rules) {
      const value = values[field];
      if (value === undefined || value === null || value === '') continue;
      if (value === blankValue(rule, value)) continue;
      values[field] = REMOVED;
      changed = true;
    }
    return changed ? JSON.stringify(values) : json;
  };
  for (const part of chunks(ids)) {
    const rows = await tx
      .selectFrom('change_log')
      .select(['id', 'before', 'after'])
      .where('entity', '=', table)
      .where('entity_id', 'in', part)
      .execute();
    for (const row of rows) {
      const before = scrub(row.before);
      const after = scrub(row.after);
      if (before === row.before && after === row.after) continue;
      await tx.updateTable('change_log').set({ before, after }).where('id', '=', row.id).execute();
    }
  }
}

/** The rows of `table` whose `column` is one of `ids`. */
async function idsWhere(
  db: ReadableDB,
  table: BlankedTable | 'contact_offers',
  column: string,
  ids: readonly string[],
): Promise<string[]> {
  const found: string[] = [];
  for (const part of chunks(ids)) {
    const rows = await db
      .selectFrom(table as 'contacts')
      .select('id')
      .where(column as 'customer_id', 'in', part)
      .execute();
    found.push(...rows.map((r) => r.id));
  }
  return found;
}

/** The rows that hang off a record and hold personal details of their own, by their link. */
export const BLANKED_CHILDREN: Partial<Record<BlankedTable, [BlankedTable, string]>> = {
  contacts: ['satisfaction_surveys', 'contact_id'],
  correspondence: ['holding_replies', 'correspondence_id'],
  feedback: ['complaint_stages', 'feedback_id'],
};

/** Blanks these rows and the rows that hang off them (a letter's holding replies, a
 * complaint's stages, a contact's survey). */
export async function blankWithChildren(
  tx: WritableDB,
  table: BlankedTable,
  ids: readonly string[],
) {
  await blankRows(tx, table, ids);
  const child = BLANKED_CHILDREN[table];
  if (child) await blankRows(tx, child[0], await idsWhere(tx, child[0], child[1], ids));
}

/** Kinds of record that belong to a customer by `customer_id`. */
export const CUSTOMER_RECORDS = [
  'contacts',
  'visits',
  'appointments',
  'correspondence',
  'hand_offs',
  'feedback',
  'customer_markers',
] as const satisfies readonly BlankedTable[];

/** The customer and every record merged into it, however many merges ago. */
export async function customerFamily(db: ReadableDB, customerId: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    with recursive family(id) as (
      select ${customerId}
      union select c.id from customers c join family f on c.merged_into = f.id)
    select id from family`.execute(db);
  return rows.rows.map((r) => r.id);
}

/**
 * Anonymises one customer, the records merged into it and everything on them, in the
 * caller's transaction. The customer rows are updated through the change log (with
 * anonymised_at), which is then blanked like the rest.
 */
export async function anonymiseCustomer(
  tx: WritableDB,
  actor: Actor,
  customerId: string,
): Promise<void> {
  const family = await customerFamily(tx, customerId);
  const at = actor.at.toISOString();
  for (const id of family) {
    const row = await tx
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const patch: Record<string, unknown> = { anonymised_at: row.anonymised_at ?? at };
    for (const [field, rule] of fieldsOf('customers'))
      patch[field] = blankValue(rule, row[field as keyof typeof row]);
    await updateLogged(tx, actor, 'customers', id, patch);
  }
  await blankHeldRecords(tx, family);
}

/**
 * Blanks what this desk holds of customers already anonymised (the `family` of one): their
 * change-log entries and every record on them, unlogged. The erasing desk runs it after its
 * logged update of the customers; a joined desk runs it when that update arrives from another
 * desk (db/queries/sync/erased.ts), so the erasure reaches every desk's copy.
 */
export async function blankHeldRecords(tx: WritableDB, family: readonly string[]): Promise<void> {
  await blankChangeLog(tx, 'customers', family);
  for (const table of CUSTOMER_RECORDS) {
    await blankWithChildren(tx, table, await idsWhere(tx, table, 'customer_id', family));
  }
}

/** When the record was anonymised or erased; null when it holds its personal details. */
export async function anonymisedAt(db: ReadableDB, customerId: string): Promise<string | null> {
  const row = await db
    .selectFrom('customers')
    .select('anonymised_at')
    .where('id', '=', customerId)
    .executeTakeFirst();
  return row?.anonymised_at ?? null;
}

// Likely duplicate customer records: pairs sharing a last name and postcode (and first
// initial), a last name and date of birth, a phone number, or an email address. Each rule
// is one indexed self-join, so the check stays quick on a large register.
import { sql } from 'kysely';
import type { Db } from '../write';

const RULES: [reason: string, join: string][] = [
  [
    'same name and postcode',
    `b.postcode = a.postcode and b.last_name = a.last_name collate nocase
     and substr(lower(b.first_name), 1, 1) = substr(lower(a.first_name), 1, 1)`,
  ],
  [
    'same name and date of birth',
    'b.date_of_birth = a.date_of_birth and b.last_name = a.last_name collate nocase',
  ],
  ['same phone number', `replace(b.phone, ' ', '') = replace(a.phone, ' ', '')`],
  ['same email address', 'lower(b.email) = lower(a.email)'],
];

export async function duplicatePairs(
  db: Db,
  limit: number,
): Promise<{ a: string; b: string; reasons: string[] }[]> {
  const pairs = new Map<string, { a: string; b: string; reasons: string[] }>();
  for (const [reason, join] of RULES) {
    const rows = await sql<{ a: string; b: string }>`
      select a.id as a, b.id as b from customers a
      join customers b on ${sql.raw(join)} and a.id < b.id
      where a.merged_into is null and b.merged_into is null
      limit ${limit}`.execute(db);
    for (const r of rows.rows) {
      const key = `${r.a}|${r.b}`;
      const pair = pairs.get(key) ?? { a: r.a, b: r.b, reasons: [] };
      pair.reasons.push(reason);
      pairs.set(key, pair);
    }
  }
  return [...pairs.values()].sort((x, y) => y.reasons.length - x.reasons.length).slice(0, limit);
}

/** Tables whose rows belong to a customer and follow them in a merge. */
export const CUSTOMER_LINKED_TABLES = [
  'contacts',
  'visits',
  'appointments',
  'correspondence',
  'hand_offs',
  'feedback',
  'customer_markers',
  'customer_marker_views',
] as const;
export type CustomerLinkedTable = (typeof CUSTOMER_LINKED_TABLES)[number];

export async function linkedCounts(db: Db, ids: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>(ids.map((id) => [id, 0]));
  if (ids.length === 0) return counts;
  for (const table of CUSTOMER_LINKED_TABLES) {
    if (table === 'customer_marker_views' || table === 'customer_markers') continue;
    const rows = await db
      .selectFrom(table)
      .select(['customer_id'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('customer_id', 'in', ids)
      .groupBy('customer_id')
      .execute();
    for (const r of rows)
      counts.set(r.customer_id!, (counts.get(r.customer_id!) ?? 0) + Number(r.n));
  }
  return counts;
}

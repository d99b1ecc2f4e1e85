// Likely duplicate customer records as the last duplicate check stored them (the reports
// worker finds them: electron/reports/duplicate-check.ts), read a page at a time so opening
// Customers never waits for the check. A record merged or anonymised since the check drops
// out at once: each page is read through the records as they are now.
import { sql } from 'kysely';
import type { ReadableDB } from '../../handles';

export interface StoredCheck {
  id: string;
  checkedAt: string;
  tookMs: number;
  customers: number;
  pairs: number;
  changeMark: number;
}

/** The latest finished check, or null when none has ever finished. */
export async function latestDuplicateCheck(db: ReadableDB): Promise<StoredCheck | null> {
  const row = await db
    .selectFrom('duplicate_checks')
    .select(['id', 'checked_at', 'took_ms', 'customers', 'pairs', 'change_mark'])
    .orderBy('id', 'desc') // ids are time-ordered: the newest written
    .limit(1)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        checkedAt: row.checked_at,
        tookMs: row.took_ms,
        customers: row.customers,
        pairs: row.pairs,
        changeMark: row.change_mark,
      }
    : null;
}

/**
 * A page of the check's pairs whose records are both still live (not merged, not
 * anonymised), and how many such pairs there are. The page is read through the records as
 * they are now. The count is the check's own, less the pairs of any record merged or
 * anonymised since: those are found from the change log's rows after the check (a few
 * minutes' worth), so the stored pairs are reread only when such a record exists.
 */
export async function storedDuplicatePairs(
  db: ReadableDB,
  check: StoredCheck,
  offset: number,
  limit: number,
): Promise<{ total: number; pairs: { a: string; b: string; reasons: string[] }[] }> {
  const [gone, rows] = await Promise.all([
    sql<{ id: string }>`
      select distinct x.id from change_log l join customers x on x.id = l.entity_id
      where l.rowid > ${check.changeMark} and l.entity = 'customers'
        and (x.merged_into is not null or x.anonymised_at is not null)`.execute(db),
    db
      .selectFrom('duplicate_candidates as c')
      .innerJoin('customers as a', 'a.id', 'c.a_id')
      .innerJoin('customers as b', 'b.id', 'c.b_id')
      .where('c.check_id', '=', check.id)
      .where('a.merged_into', 'is', null)
      .where('a.anonymised_at', 'is', null)
      .where('b.merged_into', 'is', null)
      .where('b.anonymised_at', 'is', null)
      .select(['c.a_id', 'c.b_id', 'c.reasons'])
      .orderBy('c.rank')
      .limit(limit)
      .offset(offset)
      .execute(),
  ]);
  let removed = 0;
  if (gone.rows.length > 0) {
    const ids = JSON.stringify(gone.rows.map((r) => r.id));
    const found = await sql<{ n: number }>`
      select count(*) as n from duplicate_candidates
      where check_id = ${check.id}
        and (a_id in (select value from json_each(${ids}))
          or b_id in (select value from json_each(${ids})))`.execute(db);
    removed = Number(found.rows[0]?.n ?? 0);
  }
  return {
    total: check.pairs - removed,
    pairs: rows.map((r) => ({ a: r.a_id, b: r.b_id, reasons: JSON.parse(r.reasons) as string[] })),
  };
}

/**
 * Whether customer records changed after the change log's row `after` (the mark of the last
 * check, or of the last look), and the log's last row now. Reads only the rows since `after`.
 */
export async function customersChangedAfter(
  db: ReadableDB,
  after: number,
): Promise<{ changed: boolean; mark: number }> {
  const last = await sql<{
    mark: number | null;
  }>`select max(rowid) as mark from change_log`.execute(db);
  const mark = last.rows[0]?.mark ?? 0;
  if (mark === after) return { changed: false, mark };
  // A log renumbered under the mark (a VACUUM) is treated as changed.
  if (mark < after) return { changed: true, mark };
  const found = await sql<{ one: number }>`
    select 1 as one from change_log where rowid > ${after} and entity = 'customers' limit 1`.execute(
    db,
  );
  return { changed: found.rows.length > 0, mark };
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

export async function linkedCounts(db: ReadableDB, ids: string[]): Promise<Map<string, number>> {
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

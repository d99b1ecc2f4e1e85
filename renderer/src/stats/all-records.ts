// Every record behind a figure, for its CSV: the screen shows the first page, the export asks
// for the pages after it until it has them all (the CSV stopped at 2,000 of 2,966, issue 19).
import type { Result } from '../../../shared/api/errors';
import type { StatsRecords } from '../../../shared/api/stats';

export type RecordPage = (offset: number) => Promise<Result<StatsRecords>>;

/** The first page's rows and every later page's; a refusal on the way is passed on. */
export async function allRecordRows(
  first: StatsRecords,
  page: RecordPage,
): Promise<Result<StatsRecords['rows']>> {
  const rows = [...first.rows];
  let total = first.total;
  while (rows.length < total) {
    const next = await page(rows.length);
    if (!next.ok) return next;
    // A list that shrank while it was read (a contact voided) ends here, never loops.
    if (next.value.rows.length === 0) break;
    rows.push(...next.value.rows);
    total = next.value.total;
  }
  return { ok: true, value: rows };
}

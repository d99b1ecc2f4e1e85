// The drill-down CSV carries every record: it stopped at 2,000 of 2,966 (issue 19).
import { describe, expect, it } from 'vitest';
import type { StatsRecords } from '../../../shared/api/stats';
import { allRecordRows } from './all-records';

const PAGE = 2000;
const TOTAL = 2966;

/** The records method as the worker answers it: a page of 2,000 from an offset. */
function recordsFrom(offset: number, total = TOTAL): StatsRecords {
  const count = Math.max(0, Math.min(PAGE, total - offset));
  return {
    title: 'Contacts recorded',
    columns: [{ key: 'n', label: 'Number' }],
    rows: Array.from({ length: count }, (_, i) => ({ n: offset + i + 1 })),
    total,
  };
}

describe('every record behind a figure', () => {
  it('pages on from the 2,000 shown to all 2,966', async () => {
    const asked: number[] = [];
    const rows = await allRecordRows(recordsFrom(0), (offset) => {
      asked.push(offset);
      return Promise.resolve({ ok: true, value: recordsFrom(offset) });
    });
    // One more page, from record 2,001: 966 rows.
    expect(asked).toEqual([2000]);
    expect(rows.ok && rows.value.length).toBe(2966);
    expect(rows.ok && rows.value.at(-1)).toEqual({ n: 2966 });
  });

  it('asks nothing more when the first page holds them all', async () => {
    const rows = await allRecordRows(recordsFrom(0, 12), () => {
      throw new Error('not asked');
    });
    expect(rows.ok && rows.value.length).toBe(12);
  });

  it('passes a refusal on, and stops on a list that shrank while it was read', async () => {
    const refused = await allRecordRows(recordsFrom(0), () =>
      Promise.resolve({ ok: false, error: { code: 'FORBIDDEN', message: 'Signed out.' } }),
    );
    expect(refused).toMatchObject({ ok: false, error: { message: 'Signed out.' } });
    // Records voided after the first page, leaving 2,000: the next page is empty.
    const shrank = await allRecordRows(recordsFrom(0), (offset) =>
      Promise.resolve({ ok: true, value: recordsFrom(offset, 2000) }),
    );
    expect(shrank.ok && shrank.value.length).toBe(2000);
  });
});

// The team leader's figures on London days across the clock changes: the 25-hour autumn day
// and the 23-hour spring day, in the figures and in the SQL breakdowns alike.
import { describe, expect, it } from 'vitest';
import { day, f, figure, useReportDay } from './report.support';

useReportDay();

describe('London days across the clock changes', () => {
  it('puts the 25-hour autumn day’s contacts on the right day and hour', async () => {
    f.contact({ at: '2026-10-24T22:59:00Z' }); // 23:59 BST on Saturday 24th: not Sunday
    f.contact({ at: '2026-10-24T23:30:00Z' }); // 00:30 BST Sunday
    f.contact({ at: '2026-10-25T00:30:00Z' }); // 01:30 BST, the first time
    f.contact({ at: '2026-10-25T01:30:00Z' }); // 01:30 GMT, the second time
    f.contact({ at: '2026-10-25T23:30:00Z' }); // 23:30 GMT Sunday
    f.contact({ at: '2026-10-26T00:00:00Z' }); // midnight GMT: Monday
    const report = await day('2026-10-25');
    expect(figure(report, 'contacts.all').value).toBe(4);
    // The breakdowns' London days (worked out in SQL) agree with the figures'.
    expect(report.volume.channel.reduce((n, r) => n + r.count, 0)).toBe(4);
    const sunday = report.heatmap[6]!;
    expect([sunday[0], sunday[1], sunday[23]]).toEqual([1, 2, 1]);
  });

  it('and the 23-hour spring day’s', async () => {
    f.contact({ at: '2026-03-29T00:30:00Z' }); // 00:30 GMT Sunday 29 March
    f.contact({ at: '2026-03-29T01:30:00Z' }); // 02:30 BST
    f.contact({ at: '2026-03-29T22:59:00Z' }); // 23:59 BST
    f.contact({ at: '2026-03-29T23:00:00Z' }); // 00:00 BST Monday 30th
    const report = await day('2026-03-29');
    expect(figure(report, 'contacts.all').value).toBe(3);
    expect(report.volume.channel.reduce((n, r) => n + r.count, 0)).toBe(3);
    expect(report.heatmap[6]!.slice(0, 3)).toEqual([1, 0, 1]);
  });
});

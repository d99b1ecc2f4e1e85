// The team leader's figures for hand-offs against a multi-threshold standard: each hand-off
// counted once per threshold, on the day its result became certain.
import { describe, expect, it } from 'vitest';
import { ok } from '../../test/support/backend';
import { backend, day, f, useReportDay } from './report.support';

useReportDay();

describe('hand-offs against a multi-threshold standard', () => {
  it('counts each hand-off once per threshold, when its result became certain', async () => {
    const standard = f.standardId('Rent Service: Housing Benefit determinations'); // 87% in 3, 95% in 5
    // Wed 18 Nov: 3 working days end Mon 23, 5 end Wed 25. Resolved Mon noon: in time for both.
    f.handOff({ created: '2026-11-18T10:00:00Z', resolved: '2026-11-23T12:00:00Z', standard });
    // Tue 17 Nov, open: 3 days end Fri 20 (missed, decided then); 5 end Tue 24 (undecided).
    const open = f.handOff({ created: '2026-11-17T10:00:00Z', standard });
    // Fri 13 Nov, resolved Mon 23: 3 days ended Wed 18, 5 ended Fri 20: both missed.
    const late = f.handOff({
      created: '2026-11-13T10:00:00Z',
      resolved: '2026-11-23T09:00:00Z',
      standard,
    });
    // Tue 17 Nov, resolved Mon 23 3 pm: 3 days missed (Fri 20), 5 days (Tue 24) met on Monday.
    const half = f.handOff({
      created: '2026-11-17T09:00:00Z',
      resolved: '2026-11-23T15:00:00Z',
      standard,
    });

    const monday = await day('2026-11-23');
    expect(monday.handOffs).toEqual([
      {
        standardId: standard,
        name: 'Rent Service: Housing Benefit determinations',
        thresholds: [
          {
            label: '87% within 3 working days',
            percent: 87,
            counted: 1,
            within: 1,
            achievedPercent: 100,
            met: true,
          },
          {
            label: '95% within 5 working days',
            percent: 95,
            counted: 2,
            within: 2,
            achievedPercent: 100,
            met: true,
          },
        ],
      },
    ]);

    const week = await ok(backend.call('stats.report', { from: '2026-11-16', to: '2026-11-22' }));
    expect(week.handOffs[0]!.thresholds.map((t) => [t.counted, t.within])).toEqual([
      [3, 0], // open, late and half all went past 3 working days that week
      [1, 0], // late went past 5
    ]);
    const missed = await ok(
      backend.call('stats.records', {
        scope: { from: '2026-11-16', to: '2026-11-22' },
        drill: 'handOffs.missed',
        key: standard,
      }),
    );
    expect(missed.rows.map((r) => r.id).sort()).toEqual([open, late, half].sort());
  });
});

// The figures CSV writes a time as a number of seconds a spreadsheet can add up, with the
// readable form in its own column: it wrote "6 min 33 s" as text alone (issue 19). And a
// percent near its target is written as the screen shows it, "79.9%".
import { describe, expect, it } from 'vitest';
import type { Figure, StatsReport } from '../../../shared/api/stats';
import { reportCsv } from './report-csv';

const figure = (f: Partial<Figure> & Pick<Figure, 'key' | 'label' | 'value' | 'unit'>): Figure => ({
  notKnownWhy: null,
  detail: null,
  target: null,
  met: null,
  better: 'lower',
  previous: null,
  drill: null,
  ...f,
});

const report: StatsReport = {
  from: '2026-11-23',
  to: '2026-11-23',
  scopeLabel: 'All sites, all teams',
  asOf: '2026-11-23T17:00:00.000Z',
  live: false,
  repeatWindowClosesOn: '2026-11-30',
  sections: [
    {
      id: 'fcr',
      title: 'First-contact resolution',
      definition: '',
      figures: [
        figure({
          key: 'fcr.recorded',
          label: 'Resolved at first contact (as recorded)',
          value: 0.799,
          unit: 'percent',
          target: '80% or more',
          targetShare: 0.8,
          met: false,
        }),
      ],
    },
    {
      id: 'faceToFace',
      title: 'Face to face',
      definition: '',
      // 6 minutes 33 seconds: 393 seconds.
      figures: [
        figure({ key: 'wait.average', label: 'Average wait', value: 393, unit: 'seconds' }),
      ],
    },
  ],
  fcr: { family: [], channel: [], service: [], adviser: [] },
  handOffs: [],
  volume: { channel: [], service: [], interactionType: [], customerType: [] },
  heatmap: [],
  heatmapFrom: '2026-11-17',
  // (20 + 45) / 2 = 32.5 s, written as the 33 seconds shown.
  callsByHour: [
    {
      hour: 9,
      answered: 2,
      abandoned: 0,
      abandonedShare: 0,
      averageSpeedOfAnswer: 32.5,
      met: false,
    },
  ],
  targets: { fcr: 0.8, seenWithinLimit: 1, averageSpeedOfAnswer: 30, answeredWithinStandard: 1 },
  trend: [],
};

describe('the figures CSV', () => {
  const lines = reportCsv(report).slice(1).split('\r\n');

  it('heads the value column with its unit and gives times their own readable column', () => {
    expect(lines[0]).toBe(
      'Section,Figure,Value (times in seconds),Time as shown,Target,Target met,Detail,Against the same weekday in earlier weeks',
    );
  });

  it('writes a wait as 393 seconds, with "6 min 33 s" beside it', () => {
    expect(lines).toContain('Face to face,Average wait,393,6 min 33 s,,,,');
    expect(lines).toContain(
      'Calls by hour of the day,09:00,33,33 s,an average of 30 seconds or less,No,"2 answered, 0 abandoned (0%)",',
    );
  });

  it('writes 79.9% as shown, missed', () => {
    expect(lines).toContain(
      'First-contact resolution,Resolved at first contact (as recorded),79.9%,,80% or more,No,,',
    );
  });
});

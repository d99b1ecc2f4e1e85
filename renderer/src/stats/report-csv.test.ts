// Abandoned calls not known yet (no switch records for the period) are exported in words,
// as the screen and the NeSDS evidence show them, never as "0" or "None yet" (issue 19).
import { describe, expect, it } from 'vitest';
import type { Figure, StatsReport } from '../../../shared/api/stats';
import { ABANDONED_NOT_KNOWN } from '../../../shared/metrics/telephone';
import { reportFacts } from '../../../shared/nesds/report-facts';
import { reportCsv } from './report-csv';

const abandoned = (known: boolean): Figure => ({
  key: 'calls.abandoned',
  label: 'Abandoned calls',
  value: known ? 1 : null,
  notKnownWhy: known ? null : ABANDONED_NOT_KNOWN,
  unit: 'count',
  detail: known ? '10% of 10 calls that reached the queue' : null,
  target: null,
  met: null,
  better: 'lower',
  previous: null,
  drill: known ? 'calls.abandoned' : null,
});

function reportWith(known: boolean): StatsReport {
  return {
    from: '2026-12-04',
    to: '2026-12-04',
    scopeLabel: 'Contact Centre, all teams',
    asOf: '2026-12-04T17:30:00.000Z',
    live: false,
    repeatWindowClosesOn: '2026-12-11',
    sections: [
      {
        id: 'telephone',
        title: 'Telephone',
        definition: '',
        figures: [abandoned(known)],
      },
    ],
    fcr: { family: [], channel: [], service: [], adviser: [] },
    handOffs: [],
    volume: { channel: [], service: [], interactionType: [], customerType: [] },
    heatmap: [],
    heatmapFrom: '2026-11-28',
    callsByHour: [
      {
        hour: 10,
        answered: 1,
        abandoned: known ? 0 : null,
        abandonedShare: known ? 0 : null,
        averageSpeedOfAnswer: 30,
        met: true,
      },
    ],
    targets: {
      fcr: 0.8,
      seenWithinLimit: 0.9,
      averageSpeedOfAnswer: 30,
      answeredWithinStandard: 0.9,
    },
    trend: [],
  };
}

describe('abandoned calls before the switch’s records are imported', () => {
  it('are exported as not known, for the period and the hour', () => {
    const csv = reportCsv(reportWith(false));
    expect(csv).toContain(
      'Telephone,Abandoned calls,Known once the switch’s records are imported,,,,,\r\n',
    );
    expect(csv).toContain(
      'Calls by hour of the day,10:00,30,30 s,an average of 30 seconds or less,Yes,"1 answered, abandoned not known (no switch records)",',
    );
  });

  it('are counted once known', () => {
    const csv = reportCsv(reportWith(true));
    expect(csv).toContain(
      'Telephone,Abandoned calls,1,,,,10% of 10 calls that reached the queue,\r\n',
    );
    expect(csv).toContain('"1 answered, 0 abandoned (0%)"');
  });

  it('are not known in the NeSDS evidence either', () => {
    expect(reportFacts(reportWith(false)).responseTimes).toEqual([
      {
        label: '3a Telephone: abandoned calls',
        value: 'known once the switch’s records are imported',
        target: null,
        met: null,
      },
    ]);
    expect(reportFacts(reportWith(true)).responseTimes[0]!.value).toBe(
      '1 (10% of 10 calls that reached the queue)',
    );
  });

  it('carry where they came from on a joined desk, and nothing on a single desk', () => {
    const offline = reportCsv({
      ...reportWith(true),
      source: {
        kind: 'desk',
        upTo: '2026-12-04T10:42:00.000Z',
        reason: 'The council server could not be reached.',
      },
    });
    expect(offline.split('\r\n')[1]).toBe(
      'Source,Where the figures come from,,,,,"This desk’s copy only, with other desks’ work up to 10:42: The council server could not be reached. Work saved on other desks since then is not counted.",',
    );
    expect(reportCsv(reportWith(true))).not.toContain('Where the figures come from');
  });
});

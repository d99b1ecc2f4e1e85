import { describe, expect, it } from 'vitest';
import { comparedDays, compareWithAverage } from './comparison';

const monday = { weekday: 'Monday', sinceStart: false };

describe('compareWithAverage', () => {
  it('averages the weeks that had something to measure', () => {
    expect(compareWithAverage(0.9, [1, 0.5, null, null], 'higher', monday)).toEqual({
      average: 0.75,
      weeks: 2,
      compared: 4,
      weekday: 'Monday',
      sinceStart: false,
      change: 'up',
      verdict: 'better',
    });
  });

  it('reads a fall in a lower-is-better figure as better, and volume as neither', () => {
    expect(compareWithAverage(20, [30, 40, 20, 30], 'lower', monday)).toMatchObject({
      change: 'down',
      verdict: 'better',
    });
    expect(compareWithAverage(12, [10, 10, 10, 10], 'neither', monday)).toMatchObject({
      change: 'up',
      verdict: null,
    });
  });

  it('calls a rounding-sized difference level, and says nothing with nothing to compare', () => {
    expect(compareWithAverage(0.801, [0.8], 'higher', monday)).toMatchObject({
      change: 'same',
      verdict: 'same',
    });
    expect(compareWithAverage(0.8, [null, null], 'higher', monday)).toMatchObject({
      average: null,
      weeks: 0,
      compared: 2,
      change: null,
      verdict: null,
    });
  });

  it('keeps a fractional average of counts: 1 and 0 contacts average 0.5, not 0', () => {
    const since = { weekday: 'Monday', sinceStart: true };
    expect(compareWithAverage(3, [0, 1], 'neither', since)).toMatchObject({
      average: 0.5,
      weeks: 2,
      compared: 2,
      sinceStart: true,
      change: 'up',
    });
  });
});

describe('the earlier weekdays a day is compared with', () => {
  it('are the same weekday in each of the four weeks before', () => {
    // Monday 23 November 2026, the council long since begun.
    expect(comparedDays('2026-11-23', '2026-01-05')).toEqual({
      dates: ['2026-11-16', '2026-11-09', '2026-11-02', '2026-10-26'],
      weekday: 'Monday',
      sinceStart: false,
    });
  });

  it('leave out the weeks before the council began using the app', () => {
    // Begun on Monday 9 November: only the 16th and the 9th itself are compared.
    expect(comparedDays('2026-11-23', '2026-11-09')).toEqual({
      dates: ['2026-11-16', '2026-11-09'],
      weekday: 'Monday',
      sinceStart: true,
    });
    // Begun on the Tuesday after the 9th: the 16th alone.
    expect(comparedDays('2026-11-23', '2026-11-10').dates).toEqual(['2026-11-16']);
    // Begun that very day, or nothing recorded at all: none.
    expect(comparedDays('2026-11-23', '2026-11-23')).toMatchObject({ dates: [], sinceStart: true });
    expect(comparedDays('2026-11-23', null).dates).toEqual([]);
  });
});

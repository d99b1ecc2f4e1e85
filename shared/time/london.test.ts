import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  isIsoDate,
  londonDateOf,
  londonDayBounds,
  londonInstant,
  londonTimeOf,
} from './london';

describe('London calendar days', () => {
  it('puts 23:30 UTC in summer on the next London day', () => {
    expect(londonDateOf('2026-07-01T23:30:00Z')).toBe('2026-07-02');
    expect(londonDateOf('2026-12-01T23:30:00Z')).toBe('2026-12-01');
  });

  it('reads wall-clock times in BST and GMT', () => {
    expect(londonTimeOf('2026-07-01T08:30:00Z')).toBe('09:30');
    expect(londonInstant('2026-07-01', '09:30').toISOString()).toBe('2026-07-01T08:30:00.000Z');
    expect(londonInstant('2026-12-01', '09:30').toISOString()).toBe('2026-12-01T09:30:00.000Z');
  });

  it('makes the spring-forward day 23 hours and the fall-back day 25 hours long', () => {
    const spring = londonDayBounds('2026-03-29');
    const autumn = londonDayBounds('2026-10-25');
    expect((spring.end.getTime() - spring.start.getTime()) / 3_600_000).toBe(23);
    expect((autumn.end.getTime() - autumn.start.getTime()) / 3_600_000).toBe(25);
    // Asked again (from memory), the same instants, in dates of the caller's own.
    autumn.start.setTime(0);
    expect(londonDayBounds('2026-10-25').start.toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(londonDayBounds('2026-10-25').end.toISOString()).toBe('2026-10-26T00:00:00.000Z');
  });

  it('does calendar arithmetic across month and year ends', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-02-28')).toBe(true);
  });

  it('gives the date the time zone gives for any instant, asked in any order (remembered by UTC hour)', () => {
    const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });
    // 1960 to 2040: clock changes, both sides of each London midnight, minutes into the hour.
    const instant = fc.integer({ min: -315_619_200_000, max: 2_208_988_800_000 });
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 20 }), (instants) => {
        for (const ms of [...instants, ...instants.map((m) => m + 3_599_999), ...instants])
          expect(londonDateOf(ms)).toBe(london.format(ms));
      }),
      { numRuns: 500 },
    );
    // Either side of the midnights the clock changes around, the second time from memory.
    for (const iso of [
      '2026-03-28T23:59:59.999Z',
      '2026-03-29T00:00:00Z',
      '2026-10-24T22:59:59.999Z',
      '2026-10-24T23:00:00Z',
      '2026-10-25T00:59:59Z',
      '2026-10-25T01:00:00Z',
    ])
      for (let i = 0; i < 2; i++) expect(londonDateOf(iso)).toBe(london.format(new Date(iso)));
  });
});

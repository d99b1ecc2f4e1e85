import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from './calendar';
import { addCalendarDays, londonInstant } from './london';
import { ALWAYS_OPEN, openingHoursSchema, type OpeningHours } from './opening-hours';
import { addWorkingMinutes, workingMinutesBetween } from './working-hours';

const ew = createWorkingCalendar({ region: 'england-and-wales' });
/** A One Stop Shop: Mon-Thu 08:30-16:30, Fri 08:30-16:00 (Halton charter hours). */
const oss: OpeningHours = {
  mon: [{ open: '08:30', close: '16:30' }],
  tue: [{ open: '08:30', close: '16:30' }],
  wed: [{ open: '08:30', close: '16:30' }],
  thu: [{ open: '08:30', close: '16:30' }],
  fri: [{ open: '08:30', close: '16:00' }],
  sat: [],
  sun: [],
};
const t = (iso: string) => new Date(iso);

describe('working hours', () => {
  it('adds 6 working hours across the evening and the weekend', () => {
    // Fri 20 Nov 2026 14:00 GMT: 2 h to 16:00, then Monday 08:30 + 4 h = 12:30.
    expect(addWorkingMinutes(ew, oss, t('2026-11-20T14:00:00Z'), 360).toISOString()).toBe(
      '2026-11-23T12:30:00.000Z',
    );
  });

  it('starts the clock at the next opening when received out of hours', () => {
    expect(addWorkingMinutes(ew, oss, t('2026-11-23T19:00:00Z'), 120).toISOString()).toBe(
      '2026-11-24T10:30:00.000Z',
    );
  });

  it('skips bank holidays', () => {
    // Thu 24 Dec 2026 16:00: 30 min left; 25 and 28 Dec are bank holidays; Tue 29 08:30 + 1.5 h.
    expect(addWorkingMinutes(ew, oss, t('2026-12-24T16:00:00Z'), 120).toISOString()).toBe(
      '2026-12-29T10:00:00.000Z',
    );
  });

  it('uses London time in summer', () => {
    // Mon 6 July 2026 16:00 BST (15:00Z): 30 min to 16:30 BST, then Tue 08:30 BST (07:30Z) + 30 min.
    expect(addWorkingMinutes(ew, oss, t('2026-07-06T15:00:00Z'), 60).toISOString()).toBe(
      '2026-07-07T08:00:00.000Z',
    );
  });

  it('counts real hours on the clock-change days for a 24-hour contact centre', () => {
    const day = (date: string) =>
      [londonInstant(date), londonInstant(addCalendarDays(date, 1))] as const;
    // Sunday 29 March 2026: the clocks go forward, the day has 23 hours.
    expect(workingMinutesBetween(ew, ALWAYS_OPEN, ...day('2026-03-29'))).toBe(23 * 60);
    // Sunday 25 October 2026: the clocks go back, the day has 25 hours.
    expect(workingMinutesBetween(ew, ALWAYS_OPEN, ...day('2026-10-25'))).toBe(25 * 60);
    // Six working hours from 22:00 GMT on Saturday 24 October end at 03:00 GMT (03:00 London).
    expect(addWorkingMinutes(ew, ALWAYS_OPEN, t('2026-10-24T21:00:00Z'), 360).toISOString()).toBe(
      '2026-10-25T03:00:00.000Z',
    );
  });

  it('closes a 24-hour contact centre on bank holidays', () => {
    expect(
      workingMinutesBetween(ew, ALWAYS_OPEN, t('2026-12-24T00:00:00Z'), t('2026-12-27T00:00:00Z')),
    ).toBe(2 * 24 * 60);
  });

  it('counts a One Stop Shop week: 4 x 8 h + 7.5 h', () => {
    expect(
      workingMinutesBetween(ew, oss, t('2026-11-23T00:00:00Z'), t('2026-11-30T00:00:00Z')),
    ).toBe(4 * 8 * 60 + 7.5 * 60);
  });

  it('are additive across any split point, and add then count gives back the minutes', () => {
    const instant = fc
      .integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-12-31T00:00:00Z') })
      .map((ms) => new Date(ms));
    fc.assert(
      fc.property(instant, instant, instant, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime()) as [Date, Date, Date];
        expect(workingMinutesBetween(ew, oss, a, c)).toBeCloseTo(
          workingMinutesBetween(ew, oss, a, b) + workingMinutesBetween(ew, oss, b, c),
          6,
        );
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 * 40 }), (start, minutes) => {
        const end = addWorkingMinutes(ew, oss, start, minutes);
        expect(workingMinutesBetween(ew, oss, start, end)).toBeCloseTo(minutes, 6);
      }),
      { numRuns: 200 },
    );
  });
});

describe('opening hours are validated', () => {
  it('refuses a close before open, and overlapping spells, with clear messages', () => {
    const bad = openingHoursSchema.safeParse({
      ...oss,
      mon: [{ open: '16:30', close: '08:30' }],
      tue: [
        { open: '08:30', close: '12:30' },
        { open: '12:00', close: '16:30' },
      ],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual([
      'Monday: 16:30-08:30 closes before it opens.',
      'Tuesday: 08:30-12:30 overlaps 12:00-16:30.',
    ]);
    expect(
      openingHoursSchema.safeParse({ ...oss, wed: [{ open: '8.30', close: '16:30' }] }).error
        ?.issues[0]?.message,
    ).toBe('Write opening times as HH:MM, e.g. 08:30.');
    expect(openingHoursSchema.safeParse(ALWAYS_OPEN).success).toBe(true);
  });
});

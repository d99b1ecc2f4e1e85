// Property tests of the counting rule over any date 2019-2030 in every region.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from './calendar';
import { addCalendarDays } from './london';
import { REGIONS } from './regions';
import { addWorkingDays, workingDaysBetween } from './working-days';

const calendars = new Map(REGIONS.map((region) => [region, createWorkingCalendar({ region })]));
const calendar = fc.constantFrom(...REGIONS).map((region) => calendars.get(region)!);
const date = fc
  .integer({ min: 0, max: 12 * 366 - 60 })
  .map((n) => addCalendarDays('2019-01-01', n));
const days = fc.integer({ min: 0, max: 40 });

/** The same rule written the slow, obvious way: step a day at a time. */
function slowDueDate(
  c: ReturnType<typeof createWorkingCalendar>,
  received: string,
  n: number,
): string {
  let day = received;
  let counted = 0;
  while (counted < n) {
    day = addCalendarDays(day, 1);
    if (c.isWorkingDay(day)) counted += 1;
  }
  return day;
}

describe('working days (properties)', () => {
  it('agree with a day-by-day count', () => {
    fc.assert(
      fc.property(calendar, date, days, (c, d, n) => {
        expect(addWorkingDays(c, d, n)).toBe(slowDueDate(c, d, n));
      }),
    );
  });

  it('never fall due on a non-working day', () => {
    fc.assert(
      fc.property(calendar, date, fc.integer({ min: 1, max: 40 }), (c, d, n) => {
        expect(c.isWorkingDay(addWorkingDays(c, d, n))).toBe(true);
      }),
    );
  });

  it('count back the days added', () => {
    fc.assert(
      fc.property(calendar, date, days, (c, d, n) => {
        expect(workingDaysBetween(c, d, addWorkingDays(c, d, n))).toBe(n);
      }),
    );
  });

  it('give a weekend or holiday receipt the due date of the working day before', () => {
    fc.assert(
      fc.property(calendar, date, fc.integer({ min: 1, max: 20 }), (c, d, n) => {
        fc.pre(!c.isWorkingDay(d));
        let before = addCalendarDays(d, -1);
        while (!c.isWorkingDay(before)) before = addCalendarDays(before, -1);
        expect(addWorkingDays(c, d, n)).toBe(addWorkingDays(c, before, n));
      }),
    );
  });

  it('count a span as the sum of its parts', () => {
    fc.assert(
      fc.property(calendar, date, date, date, (c, a, b, d) => {
        expect(workingDaysBetween(c, a, d)).toBe(
          workingDaysBetween(c, a, b) + workingDaysBetween(c, b, d),
        );
      }),
    );
  });

  it('refuses a negative or fractional number of days', () => {
    const c = calendars.get('scotland');
    expect(() => addWorkingDays(c!, '2026-11-23', -1)).toThrow(/whole number, 0 or more/);
    expect(() => addWorkingDays(c!, '2026-11-23', 1.5)).toThrow(/whole number, 0 or more/);
  });
});

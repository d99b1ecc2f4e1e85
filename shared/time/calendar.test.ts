import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, regionBankHolidays } from './calendar';
import { GOV_UK_BANK_HOLIDAYS } from '../../test/fixtures/gov-uk-bank-holidays';
import { REGIONS } from './regions';

describe('bank holidays match the GOV.UK lists, 2019-2027', () => {
  for (const region of REGIONS) {
    for (const [year, days] of Object.entries(GOV_UK_BANK_HOLIDAYS[region])) {
      it(`${region} ${year}`, () => {
        expect(regionBankHolidays(region, Number(year)).map((h) => h.date)).toEqual(
          days.map((d) => `${year}-${d}`),
        );
      });
    }
  }
});

describe('the working calendar', () => {
  const ew = createWorkingCalendar({ region: 'england-and-wales' });

  it('works Monday to Friday, not weekends or bank holidays', () => {
    expect(['2026-11-23', '2026-11-27'].map((d) => ew.isWorkingDay(d))).toEqual([true, true]);
    expect(
      ['2026-11-28', '2026-11-29', '2026-12-25', '2026-12-28'].map((d) => ew.isWorkingDay(d)),
    ).toEqual([false, false, false, false]);
  });

  it('adds closure days and extra holidays from settings (no release needed)', () => {
    const council = createWorkingCalendar({
      region: 'england-and-wales',
      closureDays: ['2026-12-24'],
      extraHolidays: ['2027-06-04'],
    });
    expect(council.isWorkingDay('2026-12-24')).toBe(false);
    expect(council.isWorkingDay('2027-06-04')).toBe(false);
    expect(ew.isWorkingDay('2026-12-24')).toBe(true);
  });

  it('refuses a date that is not a date, rather than guessing', () => {
    expect(() =>
      createWorkingCalendar({ region: 'scotland', closureDays: ['2026-02-30'] }),
    ).toThrow('"2026-02-30" is not a date');
    expect(() => ew.isWorkingDay('1999-12-31')).toThrow(/outside the calendar/);
  });
});

// A council's working calendar: Monday to Friday, less the bank holidays of its region
// (from the date-holidays package, which follows the GOV.UK lists) and any closure days or
// extra holidays the council adds in settings, so a new royal proclamation needs no release.
// Working days are precomputed as day numbers so counting over a year of records is cheap.
import Holidays from 'date-holidays';
import { isIsoDate, type IsoDate } from './london';
import type { Region } from './regions';

const STATE_OF: Record<Region, string> = {
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
};
/** The span the precomputed tables cover; dates outside it are refused, not guessed. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2045;

export interface CalendarOptions {
  region: Region;
  closureDays?: readonly IsoDate[];
  extraHolidays?: readonly IsoDate[];
}

export interface BankHoliday {
  date: IsoDate;
  name: string;
}

export interface WorkingCalendar {
  readonly region: Region;
  isWorkingDay(date: IsoDate): boolean;
  /** A bank holiday of the region or a day the council closes (whatever the weekday). */
  isHolidayOrClosure(date: IsoDate): boolean;
  /** Bank holidays of the region falling on weekdays in a year, as GOV.UK lists them. */
  bankHolidays(year: number): BankHoliday[];
  /** Internal: working-day index of each day number (see working-days.ts). */
  readonly table: CalendarTable;
}

export interface CalendarTable {
  /** Day number (days since 1970-01-01) of the first day covered. */
  firstDay: number;
  /** For each day from firstDay: how many working days fall on or before it. */
  cumulative: Int32Array;
  /** Working days by their ordinal (0-based), as day numbers. */
  workingDays: Int32Array;
}

// Every date the tables cover, as text and as a day number, built once: turning dates into
// numbers and back is most of the cost of a due date, and reports compute hundreds of thousands.
const TABLE_FIRST_DAY = Math.floor(Date.UTC(FIRST_YEAR, 0, 1) / 86_400_000);
const TABLE_LAST_DAY = Math.floor(Date.UTC(LAST_YEAR, 11, 31) / 86_400_000);
const ISO_OF_DAY: string[] = [];
const DAY_OF_ISO = new Map<string, number>();
for (let day = TABLE_FIRST_DAY; day <= TABLE_LAST_DAY; day += 1) {
  const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
  ISO_OF_DAY.push(iso);
  DAY_OF_ISO.set(iso, day);
}

export function dayNumber(date: IsoDate): number {
  const known = DAY_OF_ISO.get(date);
  if (known !== undefined) return known;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function dateOfDayNumber(day: number): IsoDate {
  return ISO_OF_DAY[day - TABLE_FIRST_DAY] ?? new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const holidayCache = new Map<string, BankHoliday[]>();

/** Weekday bank holidays of a region in a year (a holiday on a weekend has its substitute listed instead). */
export function regionBankHolidays(region: Region, year: number): BankHoliday[] {
  const key = `${region}:${year}`;
  let list = holidayCache.get(key);
  if (!list) {
    const source = new Holidays('GB', STATE_OF[region]);
    list = source
      .getHolidays(year)
      .filter((h) => h.type === 'public' || h.type === 'bank')
      .map((h) => ({ date: h.date.slice(0, 10), name: h.name }))
      .filter((h) => {
        const weekday = new Date(`${h.date}T12:00:00Z`).getUTCDay();
        return weekday !== 0 && weekday !== 6;
      })
      .sort((a, b) => a.date.localeCompare(b.date));
    holidayCache.set(key, list);
  }
  return list;
}

export function createWorkingCalendar(options: CalendarOptions): WorkingCalendar {
  for (const date of [...(options.closureDays ?? []), ...(options.extraHolidays ?? [])]) {
    if (!isIsoDate(date)) throw new Error(`"${date}" is not a date (YYYY-MM-DD).`);
  }
  const closed = new Set<number>(
    [...(options.closureDays ?? []), ...(options.extraHolidays ?? [])].map(dayNumber),
  );
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    for (const h of regionBankHolidays(options.region, year)) closed.add(dayNumber(h.date));
  }
  const firstDay = dayNumber(`${FIRST_YEAR}-01-01`);
  const lastDay = dayNumber(`${LAST_YEAR}-12-31`);
  const cumulative = new Int32Array(lastDay - firstDay + 1);
  const working: number[] = [];
  for (let day = firstDay; day <= lastDay; day += 1) {
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday (4)
    if (weekday !== 0 && weekday !== 6 && !closed.has(day)) working.push(day);
    cumulative[day - firstDay] = working.length;
  }
  const table: CalendarTable = { firstDay, cumulative, workingDays: Int32Array.from(working) };
  return {
    region: options.region,
    table,
    isWorkingDay(date) {
      const day = dayNumber(date);
      const i = day - firstDay;
      if (i < 0 || i >= cumulative.length)
        throw new RangeError(`${date} is outside the calendar (${FIRST_YEAR}-${LAST_YEAR}).`);
      return cumulative[i]! - (i === 0 ? 0 : cumulative[i - 1]!) === 1;
    },
    isHolidayOrClosure: (date) => closed.has(dayNumber(date)),
    bankHolidays: (year) => regionBankHolidays(options.region, year),
  };
}

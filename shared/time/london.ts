// Europe/London calendar helpers. Instants are stored in UTC; anything a person calls a
// "day" (the day of receipt, the day of a report) is the London calendar day, which must be
// right on the days the clocks change (architecture: Time).
import { TZDate } from '@date-fns/tz';

export const LONDON = 'Europe/London';

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

const dateFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: LONDON,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const timeFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function toDate(instant: Date | string | number): Date {
  return instant instanceof Date ? instant : new Date(instant);
}

const HOUR_MS = 3_600_000;
const datesOfHours = new Map<number, IsoDate>();

/**
 * The London calendar day an instant falls on. Remembered by UTC hour: London's offsets from
 * UTC are whole hours and change on the hour, so its midnights fall on UTC hours and every
 * instant of a UTC hour has the same London date. Reports place tens of thousands of rows on
 * days, and formatting a date in a time zone was a large share of their time; instants before
 * 1970 are formatted each time.
 */
export function londonDateOf(instant: Date | string | number): IsoDate {
  const ms =
    typeof instant === 'number'
      ? instant
      : instant instanceof Date
        ? instant.getTime()
        : Date.parse(instant);
  if (!(ms >= 0)) return dateFormatter.format(ms);
  const hour = Math.floor(ms / HOUR_MS);
  let date = datesOfHours.get(hour);
  if (date === undefined) {
    date = dateFormatter.format(ms);
    if (datesOfHours.size > 100_000) datesOfHours.clear();
    datesOfHours.set(hour, date);
  }
  return date;
}

/** The London wall-clock time (`HH:mm`) of an instant. */
export function londonTimeOf(instant: Date | string | number): string {
  return timeFormatter.format(toDate(instant));
}

/** The instant at a London wall-clock date and time (`HH:mm`, optionally `:ss`). */
export function londonInstant(date: IsoDate, time = '00:00'): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm, ss] = time.split(':').map(Number) as [number, number, number | undefined];
  return new Date(new TZDate(y, m - 1, d, hh, mm, ss ?? 0, LONDON).getTime());
}

const midnights = new Map<IsoDate, number>();

/** When a London date begins, remembered: a month's complaint clocks ask for the same few
 * hundred days thousands of times, and each time-zone conversion is costly. */
function londonMidnight(date: IsoDate): number {
  let ms = midnights.get(date);
  if (ms === undefined) {
    ms = londonInstant(date).getTime();
    if (midnights.size > 100_000) midnights.clear();
    midnights.set(date, ms);
  }
  return ms;
}

/** The instants bounding a London calendar day: `[start, end)`; 23 or 25 hours on clock-change days. */
export function londonDayBounds(date: IsoDate): { start: Date; end: Date } {
  return {
    start: new Date(londonMidnight(date)),
    end: new Date(londonMidnight(addCalendarDays(date, 1))),
  };
}

/** Calendar arithmetic on `YYYY-MM-DD` strings, independent of any time zone. */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(y, m - 1, d + days));
  return utc.toISOString().slice(0, 10);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  return addCalendarDays(value, 0) === value;
}

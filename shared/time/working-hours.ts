// Working hours for standards like "within 6 working hours": the opening hours of the
// responsible office on its working days, in Europe/London time, right across the clock
// changes (an hour is real elapsed time: 00:00-24:00 on the spring-forward day is 23 hours).
import type { WorkingCalendar } from './calendar';
import { addCalendarDays, londonDateOf, londonInstant, type IsoDate } from './london';
import { weekdayOf, type OpeningHours } from './opening-hours';

const MINUTE = 60_000;
/** A deadline further than this is refused rather than searched for forever. */
const MAX_DAYS = 3 * 366;

function instantOf(date: IsoDate, time: string): number {
  return time === '24:00'
    ? londonInstant(addCalendarDays(date, 1)).getTime()
    : londonInstant(date, time).getTime();
}

/**
 * The open spells of a London day as instants, in order. The weekly hours say which days
 * of the week the office opens (a contact centre may open at weekends); bank holidays and
 * closure days are closed whatever the weekday.
 */
function openSpells(
  calendar: WorkingCalendar,
  hours: OpeningHours,
  date: IsoDate,
): [number, number][] {
  // Turning London wall-clock times into instants is the slow part; reports ask for the
  // same days again and again, so each calendar and set of hours keeps its own answers.
  let byHours = spellCache.get(calendar);
  if (!byHours) spellCache.set(calendar, (byHours = new WeakMap()));
  let byDate = byHours.get(hours);
  if (!byDate) byHours.set(hours, (byDate = new Map<IsoDate, [number, number][]>()));
  let spells = byDate.get(date);
  if (!spells) {
    spells = calendar.isHolidayOrClosure(date)
      ? []
      : hours[weekdayOf(date)]
          .map((s): [number, number] => [instantOf(date, s.open), instantOf(date, s.close)])
          .sort((a, b) => a[0] - b[0]);
    byDate.set(date, spells);
  }
  return spells;
}

const spellCache = new WeakMap<
  WorkingCalendar,
  WeakMap<OpeningHours, Map<IsoDate, [number, number][]>>
>();

/** The instant `minutes` working minutes after `start`; starting outside hours starts at the next opening. */
export function addWorkingMinutes(
  calendar: WorkingCalendar,
  hours: OpeningHours,
  start: Date,
  minutes: number,
): Date {
  if (!(minutes >= 0)) throw new RangeError('Working minutes must be 0 or more.');
  let remaining = minutes * MINUTE;
  const from = start.getTime();
  let date = londonDateOf(start);
  for (let i = 0; i < MAX_DAYS; i += 1, date = addCalendarDays(date, 1)) {
    for (const [open, close] of openSpells(calendar, hours, date)) {
      const begin = Math.max(open, from);
      if (begin >= close) continue;
      if (remaining <= close - begin) return new Date(begin + remaining);
      remaining -= close - begin;
    }
  }
  throw new RangeError('No working time found within three years: check the opening hours.');
}

/** Working minutes between two instants (0 if `to` is not after `from`). */
export function workingMinutesBetween(
  calendar: WorkingCalendar,
  hours: OpeningHours,
  from: Date,
  to: Date,
): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b <= a) return 0;
  let total = 0;
  for (
    let date = londonDateOf(from);
    instantOf(date, '00:00') < b;
    date = addCalendarDays(date, 1)
  ) {
    for (const [open, close] of openSpells(calendar, hours, date)) {
      const overlap = Math.min(close, b) - Math.max(open, a);
      if (overlap > 0) total += overlap;
    }
  }
  return total / MINUTE;
}

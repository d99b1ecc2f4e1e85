// Working-day arithmetic under the counting rule (product handbook): the day of receipt is
// day 0; the first working day after it is day 1; a reply "within N working days" is due by
// the end of working day N. So a weekend or holiday receipt has the same due date as one on
// the working day before it.
import {
  dateOfDayNumber,
  dayNumber,
  FIRST_YEAR,
  LAST_YEAR,
  type WorkingCalendar,
} from './calendar';
import type { IsoDate } from './london';

function index(calendar: WorkingCalendar, date: IsoDate): number {
  const i = dayNumber(date) - calendar.table.firstDay;
  if (i < 0 || i >= calendar.table.cumulative.length) {
    throw new RangeError(`${date} is outside the calendar (${FIRST_YEAR}-${LAST_YEAR}).`);
  }
  return i;
}

/** Working days on or before `date`, counted from the start of the table. */
function countTo(calendar: WorkingCalendar, date: IsoDate): number {
  return calendar.table.cumulative[index(calendar, date)]!;
}

/** The due date of a reply "within n working days" of `received` (n ≥ 0; n = 0 is the day itself). */
export function addWorkingDays(calendar: WorkingCalendar, received: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(
      `The number of working days must be a whole number, 0 or more (not ${n}).`,
    );
  if (n === 0) return received;
  // Working days on or before the day of receipt are days ≤ 0; day n is the n-th after them.
  const ordinal = countTo(calendar, received) + n - 1;
  const day = calendar.table.workingDays[ordinal];
  if (day === undefined) throw new RangeError(`The due date falls after ${LAST_YEAR}.`);
  return dateOfDayNumber(day);
}

/**
 * Working days after `from` up to and including `to`; negative when `to` is earlier.
 * workingDaysBetween(c, d, addWorkingDays(c, d, n)) === n.
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  return countTo(calendar, to) - countTo(calendar, from);
}

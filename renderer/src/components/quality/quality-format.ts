// How the quality screens write shares, scores, months and periods: the same words on every
// view, and never colour alone.
import { addCalendarDays, londonDateOf, londonTimeOf } from '../../../../shared/time/london';

const percentFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "87.5%", "66.7%", "100%"; a dash where there is nothing to measure. */
export function formatPercent(value: number | null): string {
  return value === null ? '–' : `${percentFormat.format(value)}%`;
}

const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "November 2026" for `2026-11`. */
export function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-15T12:00:00Z`));
}

const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const dayMonth = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const at = (date: string) => new Date(`${date}T12:00:00Z`);

/** "23 November 2026", "1 to 30 November 2026", "28 November to 4 December 2026". */
export function formatPeriod(from: string, to: string): string {
  if (from === to) return dayMonthYear.format(at(from));
  if (from.slice(0, 4) !== to.slice(0, 4))
    return `${dayMonthYear.format(at(from))} to ${dayMonthYear.format(at(to))}`;
  if (from.slice(0, 7) === to.slice(0, 7))
    return `${Number(from.slice(8))} to ${dayMonthYear.format(at(to))}`;
  return `${dayMonth.format(at(from))} to ${dayMonthYear.format(at(to))}`;
}

/** The calendar month before the one `today` is in: a team leader's usual sample. */
export function previousMonth(today: string): { from: string; to: string } {
  const to = addCalendarDays(`${today.slice(0, 7)}-01`, -1);
  return { from: `${to.slice(0, 7)}-01`, to };
}

/** The first of the month five months back, to today: six months of results. */
export function lastSixMonths(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const back = new Date(Date.UTC(y, m - 1 - 5, 1)).toISOString().slice(0, 10);
  return { from: back, to: today };
}

/** "3 of 10 scored", or "All 10 scored" when done. */
export function progressWords(scored: number, size: number): string {
  return scored === size ? `✓ All ${size} scored` : `${scored} of ${size} scored`;
}

/** "30 November 2026, 09:18" in London time: short enough for a table's column. */
export function formatWhen(instant: string): string {
  return `${dayMonthYear.format(at(londonDateOf(instant)))}, ${londonTimeOf(instant)}`;
}

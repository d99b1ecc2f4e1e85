// Where the switch's call records replace the answer times advisers typed (issue 19). The
// switch is the better source where it has records: it logs every call that reached the
// queue, to the second, abandoned ones included, so a typed time for the same hour would
// count a call twice. Where it has none, the adviser's typed time is all there is, and it
// must keep counting: a file of one morning's calls must not wipe out the rest of the day.
//
// The unit is one clock hour at one site. A typed answer time carries its adviser's site but
// no queue, so a site is the narrowest place both sources share. London's offset from UTC is
// whole hours, so every London hour is exactly one UTC hour: cells are keyed by the UTC hour
// (`2026-12-04T09`), as the stats group calls. The figures apply this rule in SQL
// (db/queries/stats/call-groups.ts countedCallOf), tested against this definition.
import { londonHourOf } from '../time/london-hours';
import type { IsoDate } from '../time/london';
import { minutesOfDay, weekdayOf, type OpeningHours } from '../time/opening-hours';

/** A call as the rule sees it: where and when it reached the queue. */
export interface CallAt {
  siteId: string;
  queuedAt: string;
}

/** The UTC hour a call reached the queue in, `YYYY-MM-DDTHH`: one London clock hour. */
export function queueHour(queuedAt: string): string {
  return new Date(queuedAt).toISOString().slice(0, 13);
}

/** The hour at a site a call reached the queue in. */
export function switchCell(call: CallAt): string {
  return `${call.siteId}|${queueHour(call.queuedAt)}`;
}

/** The hours at each site that the switch's records cover: those its imported calls fall in. */
export function cellsOf(calls: Iterable<CallAt>): Set<string> {
  const cells = new Set<string>();
  for (const call of calls) cells.add(switchCell(call));
  return cells;
}

/**
 * Whether a call counts in the telephone figures (calls answered, average speed of answer,
 * abandoned). A call from the switch always does. An answer time an adviser typed counts
 * unless the switch's records cover the hour it reached the queue at its site: there the
 * switch is the better record of the same calls; elsewhere the typed time is all there is.
 */
export function countsInFigures(
  call: CallAt & { fromSwitch: boolean },
  switchCells: ReadonlySet<string>,
): boolean {
  return call.fromSwitch || !switchCells.has(switchCell(call));
}

/**
 * The typed answer times an import would take out of the figures: those that count with the
 * switch's records already on file (`covered`) and would not once the file's hours are added.
 */
export function typedReplacedBy<T extends CallAt>(
  typed: readonly T[],
  covered: ReadonlySet<string>,
  fileCells: ReadonlySet<string>,
): T[] {
  const after = new Set([...covered, ...fileCells]);
  return typed.filter(
    (t) =>
      countsInFigures({ ...t, fromSwitch: false }, covered) &&
      !countsInFigures({ ...t, fromSwitch: false }, after),
  );
}

/** One London day a file covers: the clock hours its calls fall in, and the site's opening hours. */
export interface CoveredDay {
  date: IsoDate;
  /** London clock hours (0-23) in which the file's calls reached the queue. */
  hours: number[];
  /** London clock hours the site is open for at least part of, that weekday. */
  openingHours: number[];
}

/** The clock hours that any of a weekday's opening spells reaches into (08:30-16:00: 8 to 15). */
export function openingClockHours(hours: OpeningHours, date: IsoDate): number[] {
  const open = new Set<number>();
  for (const spell of hours[weekdayOf(date)]) {
    const from = minutesOfDay(spell.open);
    const to = minutesOfDay(spell.close);
    for (let h = Math.floor(from / 60); h * 60 < to; h += 1) open.add(h);
  }
  return [...open].sort((a, b) => a - b);
}

/** The London days and hours of the file's calls, each day with the site's opening hours. */
export function coveredDays(calls: readonly CallAt[], opening: OpeningHours): CoveredDay[] {
  const byDate = new Map<IsoDate, Set<number>>();
  for (const call of calls) {
    const { date, hour } = londonHourOf(queueHour(call.queuedAt));
    let hours = byDate.get(date);
    if (!hours) byDate.set(date, (hours = new Set()));
    hours.add(hour);
  }
  return [...byDate.keys()].sort().map((date) => ({
    date,
    hours: [...byDate.get(date)!].sort((a, b) => a - b),
    openingHours: openingClockHours(opening, date),
  }));
}

// A figure beside the same weekday's average over the previous four weeks, with the
// direction of change and whether that is for the better (NeSDS standard 18: volumes and
// performance checked and used). Weeks with nothing to measure are left out of the average,
// and so are weeks before the council began using the app: their "0 contacts" is not a
// quiet Monday but no records at all (issue 19: "4-week average of 0").
import type { Better, Comparison } from './figure-types';
import { addCalendarDays, type IsoDate } from '../time/london';
import { WEEKDAY_LABELS, weekdayOf } from '../time/opening-hours';

/** A day is compared with the same weekday in each of the four weeks before it. */
export const COMPARISON_WEEKS = 4;

/** Changes smaller than this share of the average read as "same" (rounding noise). */
const SAME_WITHIN = 0.005;

/** The earlier weekdays a day is compared with: which, and what they are called. */
export interface ComparedDays {
  /** The same weekday in each earlier week, nearest first, none before the council began. */
  dates: IsoDate[];
  weekday: string;
  /** The council began within the four weeks, so fewer than four are compared. */
  sinceStart: boolean;
}

/**
 * The same weekday in each of the four weeks before `date`, leaving out any before
 * `startedOn`, the council's first day with the app (null: nothing recorded yet, so none).
 */
export function comparedDays(date: IsoDate, startedOn: IsoDate | null): ComparedDays {
  const all = Array.from({ length: COMPARISON_WEEKS }, (_, i) =>
    addCalendarDays(date, -7 * (i + 1)),
  );
  const dates = startedOn === null ? [] : all.filter((d) => d >= startedOn);
  return {
    dates,
    weekday: WEEKDAY_LABELS[weekdayOf(date)],
    sinceStart: dates.length < COMPARISON_WEEKS,
  };
}

/** `previous` holds the figure on each of `days.dates`, null where there was nothing to measure. */
export function compareWithAverage(
  value: number | null,
  previous: readonly (number | null)[],
  better: Better,
  days: Pick<ComparedDays, 'weekday' | 'sinceStart'>,
): Comparison {
  const known = previous.filter((v): v is number => v !== null);
  const average = known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
  const compared = {
    average,
    weeks: known.length,
    compared: previous.length,
    weekday: days.weekday,
    sinceStart: days.sinceStart,
  };
  if (value === null || average === null) return { ...compared, change: null, verdict: null };
  const tolerance = Math.max(Math.abs(average) * SAME_WITHIN, 1e-9);
  const change = Math.abs(value - average) <= tolerance ? 'same' : value > average ? 'up' : 'down';
  const verdict =
    change === 'same' || better === 'neither'
      ? change === 'same'
        ? 'same'
        : null
      : (change === 'up') === (better === 'higher')
        ? 'better'
        : 'worse';
  return { ...compared, change, verdict };
}

// A figure beside the same weekday's average over the previous four weeks, with the
// direction of change and whether that is for the better (NeSDS standard 18: volumes and
// performance checked and used). Weeks with nothing to measure are left out of the average.
import type { Better, Comparison } from '../api/stats';

/** Changes smaller than this share of the average read as "same" (rounding noise). */
const SAME_WITHIN = 0.005;

export function compareWithAverage(
  value: number | null,
  previous: readonly (number | null)[],
  better: Better,
): Comparison {
  const known = previous.filter((v): v is number => v !== null);
  const average = known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
  if (value === null || average === null) {
    return { average, weeks: known.length, change: null, verdict: null };
  }
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
  return { average, weeks: known.length, change, verdict };
}

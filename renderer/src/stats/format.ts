// How the stats screen, its print-out and its CSV write figures: the same words everywhere.
import type { CallHourRow, Comparison, Figure, FigureUnit } from '../../../shared/api/stats';
import { figureValueText, formatAverage, formatValue } from '../../../shared/metrics/figure-format';

export { figureValueText, formatValue };

/** Met, missed or nothing to measure: in words and a symbol, never colour alone. */
export function verdictOf(figure: Figure): { state: 'met' | 'missed' | 'none'; text: string } {
  if (figure.target === null) return { state: 'none', text: 'No target' };
  if (figure.met === null)
    return { state: 'none', text: `Nothing to measure yet (target ${figure.target})` };
  return figure.met
    ? { state: 'met', text: `✓ Target met: ${figure.target}` }
    : { state: 'missed', text: `✗ Target missed: ${figure.target}` };
}

const ARROWS = { up: '▲', down: '▼', same: '▬' } as const;

/** "4 Mondays", "one Monday". */
const daysOf = (n: number, weekday: string) => (n === 1 ? `one ${weekday}` : `${n} ${weekday}s`);

/** "the 4 Mondays before", "the 2 Mondays since the council began". */
function earlierDays({ weeks, compared, weekday, sinceStart }: Comparison): string {
  const when = sinceStart ? 'since the council began' : 'before';
  if (weeks === 0) return `the ${daysOf(compared, weekday)} ${when}`;
  return weeks === compared
    ? `the ${daysOf(weeks, weekday)} ${when}`
    : `the ${daysOf(weeks, weekday)} with a figure, of the ${compared} ${when}`;
}

/**
 * "▼ Down on 75%, the average of the 4 Mondays before (worse)". Only weekdays since the
 * council began are averaged, and the words say how many (issue 19: "4-week average of 0"
 * took in weeks before the app was used); a count's average keeps its decimal ("0.5").
 */
export function comparisonText(previous: Comparison | null, unit: FigureUnit): string | null {
  if (!previous) return null;
  if (previous.compared === 0)
    return `No earlier ${previous.weekday}s since the council began to compare with`;
  if (previous.average === null)
    return `Nothing to compare with: no figure on ${earlierDays(previous)}`;
  const average = formatAverage(previous.average, unit);
  if (previous.change === null) return `Average of ${earlierDays(previous)}: ${average}`;
  const words = { up: 'Up on', down: 'Down on', same: 'Level with' }[previous.change];
  const verdict =
    previous.verdict === 'better' ? ' (better)' : previous.verdict === 'worse' ? ' (worse)' : '';
  return `${ARROWS[previous.change]} ${words} ${average}, the average of ${earlierDays(previous)}${verdict}`;
}

/** An hour's abandoned calls: "1 abandoned (20%)", or not known with no switch records. */
export function abandonedWords(row: Pick<CallHourRow, 'abandoned' | 'abandonedShare'>): string {
  return row.abandoned === null
    ? 'abandoned not known (no switch records)'
    : `${row.abandoned} abandoned (${formatValue(row.abandonedShare, 'percent')})`;
}

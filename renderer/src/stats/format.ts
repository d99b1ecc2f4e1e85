// How the stats screen, its print-out and its CSV write figures: the same words everywhere.
import type { Comparison, Figure, FigureUnit } from '../../../shared/api/stats';
import { formatValue } from '../../../shared/metrics/figure-format';

export { formatValue };

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

/** "▼ Down on the 4-week average of 75% (worse)". */
export function comparisonText(previous: Comparison | null, unit: FigureUnit): string | null {
  if (!previous) return null;
  if (previous.average === null) return 'No earlier weeks to compare with';
  const average = formatValue(previous.average, unit === 'count' ? 'count' : unit);
  const weeks = previous.weeks === 4 ? '4-week' : `${previous.weeks}-week`;
  if (previous.change === null) return `Same weekday’s ${weeks} average: ${average}`;
  const words = { up: 'Up on', down: 'Down on', same: 'Level with' }[previous.change];
  const verdict =
    previous.verdict === 'better' ? ' (better)' : previous.verdict === 'worse' ? ' (worse)' : '';
  return `${ARROWS[previous.change]} ${words} the same weekday’s ${weeks} average of ${average}${verdict}`;
}

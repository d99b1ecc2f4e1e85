// Where a team leader's figures came from, in words (issue 23): shown above the figures and
// written into their CSV and print, so a copy of the figures carries it too. Council-wide
// figures name the desks the server has not heard from lately; a desk's own copy says up to
// when it holds other desks' work, and why the council server did not answer.
import type { FiguresSource } from '../../../shared/api/figures-source';
import { formatDateTime, formatTime } from '../format';
import { londonDateOf } from '../../../shared/time/london';

/** "10:42", or "Friday 20 November 2026, 10:42" when not on the day of `now`. */
function when(instant: string, now: string): string {
  return londonDateOf(instant) === londonDateOf(now)
    ? formatTime(instant)
    : formatDateTime(instant);
}

/** The sentence, or null where there is nothing to say (a single desk). */
export function sourceWords(source: FiguresSource | undefined, now: string): string | null {
  if (!source) return null;
  if (source.kind === 'council') {
    const quiet = source.quietDesks.map(
      (d) =>
        `${d.name} (${d.lastSeenAt ? `last in touch ${when(d.lastSeenAt, now)}` : 'never in touch'})`,
    );
    return (
      `Council-wide: every desk’s records on the council server, at ${when(source.asOf, now)}.` +
      (quiet.length > 0
        ? ` Not heard from lately, so their latest work may be missing: ${quiet.join(', ')}.`
        : '')
    );
  }
  const upTo = source.upTo ? `, with other desks’ work up to ${when(source.upTo, now)}` : '';
  return `This desk’s copy only${upTo}: ${source.reason} Work saved on other desks since then is not counted.`;
}

// What an import's preview says about the answer times advisers typed, before anything is
// written: how many the switch's records will replace and for which hours, and which days the
// file covers only in part (the rest of those days keeps the typed times). The rule itself
// is in switch-cover.ts.
import type { CoveredDay } from './switch-cover';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Days listed one by one; a longer file is summed up, or the sentence would fill the screen. */
const DAYS_LISTED = 3;

/** "Fri 4 Dec" for `2026-12-04`. */
export function shortDay(date: string): string {
  const at = new Date(`${date}T12:00:00Z`);
  return `${WEEKDAYS[(at.getUTCDay() + 6) % 7]} ${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]}`;
}

const clock = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** "a, b and c". */
function list(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Clock hours as spans, next hours joined: [9, 10, 14] is "09:00-11:00 and 14:00-15:00". */
export function hourSpans(hours: readonly number[]): string {
  const spans: [number, number][] = [];
  for (const hour of [...new Set(hours)].sort((a, b) => a - b)) {
    const last = spans.at(-1);
    if (last && last[1] === hour) last[1] = hour + 1;
    else spans.push([hour, hour + 1]);
  }
  return list(spans.map(([from, to]) => `${clock(from)}-${clock(to)}`));
}

/** "Fri 4 Dec 09:00-10:00 and 14:00-15:00", or a long file summed up. */
export function coverWords(days: readonly CoveredDay[]): string {
  if (days.length > DAYS_LISTED)
    return `the hours of ${days.length} days from ${shortDay(days[0]!.date)} to ${shortDay(days.at(-1)!.date)} that its calls fall in`;
  return days.map((d) => `${shortDay(d.date)} ${hourSpans(d.hours)}`).join('; ');
}

/** Days the file covers only part of the site's opening hours of. */
function partialDays(days: readonly CoveredDay[]) {
  return days.flatMap((d) => {
    const open = d.openingHours.length;
    const covered = d.hours.filter((h) => d.openingHours.includes(h)).length;
    return open > 0 && covered < open ? [{ date: d.date, open, covered }] : [];
  });
}

/**
 * The preview's sentences about typed answer times, e.g. "162 typed answer times will be
 * replaced by the switch's records for Fri 4 Dec 09:00-10:00 and 14:00-15:00 at Contact
 * Centre." and "The file covers 2 of the 9 opening hours of Fri 4 Dec: the rest of the day
 * keeps the typed times." Nothing when the file has no calls to import.
 */
export function typedTimeWords(preview: {
  typedReplaced: number;
  siteName: string;
  coverage: readonly CoveredDay[];
}): string[] {
  if (preview.coverage.length === 0) return [];
  const where = `${coverWords(preview.coverage)} at ${preview.siteName}`;
  const n = preview.typedReplaced;
  const sentences = [
    n === 0
      ? `No typed answer times will be replaced for ${where}.`
      : `${n.toLocaleString('en-GB')} typed answer time${n === 1 ? '' : 's'} will be replaced by the switch’s records for ${where}.`,
  ];
  const partial = partialDays(preview.coverage);
  if (partial.length > DAYS_LISTED) {
    sentences.push(
      `The file covers only part of the opening hours on ${partial.length} days: the rest of each day keeps the typed times.`,
    );
  } else {
    for (const p of partial) {
      const covered = p.covered === 0 ? 'none' : String(p.covered);
      sentences.push(
        `The file covers ${covered} of the ${p.open} opening hours of ${shortDay(p.date)}: the rest of the day keeps the typed times.`,
      );
    }
  }
  return sentences;
}

import { londonDateOf, londonTimeOf } from '../../shared/time/london';

export function formatTime(instant: string): string {
  return londonTimeOf(instant);
}

/** "4 min 05 s", "35 s", "1 h 02 min". */
export { formatDuration } from '../../shared/metrics/figure-format';

const dayFormatter = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Monday 23 November 2026" for a `YYYY-MM-DD` calendar date (GOV.UK style, no comma). */
export function formatDay(date: string): string {
  const parts = dayFormatter.formatToParts(new Date(`${date}T12:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** "Monday 23 November 2026, 09:05" for an instant, in London time. */
export function formatDateTime(instant: string): string {
  return `${formatDay(londonDateOf(instant))}, ${formatTime(instant)}`;
}

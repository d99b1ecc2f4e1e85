// The desk's sync state in words, as the header and Settings write it: "Online", or "Offline
// since 10:42, 14 changes waiting" (London time, counts as everywhere else in the app).
import type { SyncStatus } from '../../../../shared/api/sync';
import { londonDateOf } from '../../../../shared/time/london';
import { plural } from '../../../../shared/words';
import { formatDateTime, formatTime } from '../../format';

/** "10:42" today; "Monday 23 November 2026, 10:42" on another day, so an old outage reads as one. */
export function sinceWords(instant: string, now: Date = new Date()): string {
  return londonDateOf(instant) === londonDateOf(now)
    ? formatTime(instant)
    : formatDateTime(instant);
}

/** "Online", "Online, 2 changes waiting", "Offline since 10:42, 14 changes waiting". */
export function onlineWords(status: SyncStatus, now: Date = new Date()): string {
  const waiting = status.waiting > 0 ? `, ${plural(status.waiting, 'change')} waiting` : '';
  if (status.online) return `Online${waiting}`;
  const since = status.offlineSince ? ` since ${sinceWords(status.offlineSince, now)}` : '';
  return `Offline${since}${waiting}`;
}

/** "1 sync problem", "3 sync problems". */
export function problemCountWords(problems: number): string {
  return plural(problems, 'sync problem');
}

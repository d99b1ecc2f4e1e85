// London wall-clock minutes to UTC instants, right across the clock changes. The clocks
// change at 01:00 UTC (01:00 or 02:00 London time), so from 03:00 London time onwards a day's
// offset from UTC is fixed: one londonInstant call per day anchors every later minute, and
// only minutes before 03:00 (a 24-hour contact centre) are converted one by one.
import { londonInstant, type IsoDate } from '../../shared/time/london';

const ANCHOR_MINUTE = 3 * 60;

function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

const byDate = new Map<IsoDate, (minute: number) => number>();

/** A function from minute of the London day (0-1440) to the UTC instant in ms (kept per date:
 * a few thousand dates at most). */
export function londonMinutes(date: IsoDate): (minute: number) => number {
  let toMs = byDate.get(date);
  if (!toMs) {
    const anchor = londonInstant(date, hhmm(ANCHOR_MINUTE)).getTime();
    toMs = (minute) =>
      minute >= ANCHOR_MINUTE
        ? anchor + (minute - ANCHOR_MINUTE) * 60_000
        : londonInstant(date, hhmm(minute)).getTime();
    byDate.set(date, toMs);
  }
  return toMs;
}

// Turning UTC hours into London days and hours. Offsets from UTC are whole hours, so every
// UTC hour (`2026-10-25T01`) lies inside exactly one London hour: SQL can group by the UTC
// hour and the caller places each group on the right London day and hour, clock changes
// included (architecture: Time). Cached, since reports place thousands of groups.
import { londonDateOf, londonTimeOf, type IsoDate } from './london';

export interface LondonHour {
  date: IsoDate;
  /** 0-23, London wall clock. */
  hour: number;
  /** 0 Monday .. 6 Sunday. */
  weekday: number;
}

const cache = new Map<string, LondonHour>();

/** `utcHour` is an ISO instant's first 13 characters: `YYYY-MM-DDTHH`. */
export function londonHourOf(utcHour: string): LondonHour {
  let found = cache.get(utcHour);
  if (!found) {
    const instant = new Date(`${utcHour}:00:00.000Z`);
    const date = londonDateOf(instant);
    found = {
      date,
      hour: Number(londonTimeOf(instant).slice(0, 2)),
      weekday: weekdayIndex(date),
    };
    if (cache.size > 200_000) cache.clear();
    cache.set(utcHour, found);
  }
  return found;
}

/** Monday 0 .. Sunday 6 of a calendar date. */
export function weekdayIndex(date: IsoDate): number {
  return (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
}

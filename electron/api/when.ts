// The checks on times that need "now": the schema knows only the shape and the calendar's
// years (shared/api/common.ts), so a handler asks here, with the injectable clock's time.
import { ApiFailure } from '../../shared/api/errors';
import { londonDateOf, londonTimeOf } from '../../shared/time/london';
import {
  minutesOfDay,
  weekdayOf,
  WEEKDAYS,
  WEEKDAY_LABELS,
  type OpeningHours,
} from '../../shared/time/opening-hours';

/** A desk's clock may run a little ahead of the server's. */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** The oldest date of birth accepted, in years before today. */
export const OLDEST_AGE_YEARS = 120;

function refuse(field: string, message: string): never {
  throw new ApiFailure('VALIDATION', message, { [field]: message });
}

/**
 * Refuses an instant that has not happened yet (beyond the clock skew): a contact, a quick
 * log or a letter is recorded once it has happened. `message` says so in the field's words.
 */
export function refuseFuture(
  now: Date,
  field: string,
  value: string | null | undefined,
  message: string,
): void {
  if (value && Date.parse(value) > now.getTime() + CLOCK_SKEW_MS) refuse(field, message);
}

/** A date of birth must not be in the future nor more than 120 years ago (London days). */
export function checkDateOfBirth(now: Date, field: string, value: string | null | undefined) {
  if (!value) return;
  const today = londonDateOf(now);
  if (value > today) refuse(field, 'The date of birth is in the future. Check the year.');
  const oldest = `${String(Number(today.slice(0, 4)) - OLDEST_AGE_YEARS).padStart(4, '0')}${today.slice(4)}`;
  if (value < oldest)
    refuse(field, `The date of birth is more than ${OLDEST_AGE_YEARS} years ago. Check the year.`);
}

function hoursWords(hours: OpeningHours): string {
  const open = WEEKDAYS.filter((d) => hours[d].length > 0).map(
    (d) => `${WEEKDAY_LABELS[d]} ${hours[d].map((s) => `${s.open}-${s.close}`).join(', ')}`,
  );
  return open.length > 0 ? open.join('; ') : 'none set';
}

/** An appointment must start and end inside one of the site's opening spells that day. */
export function checkWithinOpeningHours(
  hours: OpeningHours,
  field: string,
  startsAt: string,
  durationMinutes: number,
): void {
  const day = weekdayOf(londonDateOf(startsAt));
  const start = minutesOfDay(londonTimeOf(startsAt));
  const end = start + durationMinutes;
  const fits = hours[day].some(
    (s) => start >= minutesOfDay(s.open) && end <= minutesOfDay(s.close),
  );
  if (!fits)
    refuse(
      field,
      `The site is not open for the whole appointment then (${WEEKDAY_LABELS[day]} ${londonTimeOf(startsAt)}, ${durationMinutes} minutes). Opening hours: ${hoursWords(hours)}.`,
    );
}

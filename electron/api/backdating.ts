// How far back a contact or letter may be dated (go-live issue, item 10). Nothing happened
// before the council began using the app; a date more than a set number of days back is
// usually a mistyped month or year, so the adviser must confirm it (`confirmOld`) before it
// is saved. Checked only when a record is made: a correction keeps the date it was given.
import { format } from 'date-fns';
import { ApiFailure } from '../../shared/api/errors';
import { addCalendarDays, londonDateOf } from '../../shared/time/london';
import { getSetting } from '../../db/queries/settings/settings';
import type { Db } from '../../db/write';

/** The field a form shows as "Yes, that date is right" once it is asked for. */
export const CONFIRM_OLD_FIELD = 'confirmOld';

const dayWords = (date: string) => format(new Date(`${date}T12:00:00Z`), 'EEEE d MMMM yyyy');

export async function checkBackdating(
  db: Db,
  now: Date,
  check: {
    /** The input field holding the instant, for the message. */
    field: string;
    value: string | null | undefined;
    /** "The start time", "The date received". */
    label: string;
    confirmed: boolean;
  },
): Promise<void> {
  if (!check.value) return;
  const [startedOn, days] = await Promise.all([
    getSetting(db, 'council.startedOn'),
    getSetting(db, 'records.confirmOlderThanDays'),
  ]);
  const day = londonDateOf(check.value);
  if (startedOn && day < startedOn) {
    const message = `${check.label} is before ${dayWords(startedOn)}, when the council began using Council Contact. Check the date.`;
    throw new ApiFailure('VALIDATION', message, { [check.field]: message });
  }
  if (!check.confirmed && day < addCalendarDays(londonDateOf(now), -days)) {
    const message = `${check.label} is ${dayWords(day)}, more than ${days} days ago. Check the date; if it is right, confirm it and save again.`;
    throw new ApiFailure('VALIDATION', message, {
      [check.field]: message,
      [CONFIRM_OLD_FIELD]: 'Confirm the date is right to save it.',
    });
  }
}

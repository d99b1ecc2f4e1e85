import { z } from 'zod';

export const NOTES_MAX = 4000;

/** An instant sent over the boundary: ISO 8601 with a zone (`...Z` or `+01:00`). */
export const instant = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label} must be a date and time.` });

/** A calendar date sent over the boundary: `YYYY-MM-DD`. */
export const isoDate = (label: string) => z.iso.date({ error: `${label} must be a date.` });

export const entityId = (label: string) => z.uuid({ error: `Choose ${label} from the list.` });

export const emptyInput = z.object({}).strict();

/** The first and last London days of a period a report or sample covers. */
export const periodDays = { from: isoDate('The first day'), to: isoDate('The last day') };

/** A period with its first day on or before its last, and at most `limit.days` long. */
export function checkPeriod<S extends z.ZodType<{ from: string; to: string }>>(
  schema: S,
  limit: { days: number; words: string },
): S {
  return schema
    .refine((s) => s.from <= s.to, {
      message: 'The first day must not be after the last day.',
      path: ['to'],
    })
    .refine((s) => (Date.parse(s.to) - Date.parse(s.from)) / 86_400_000 < limit.days, {
      message: `Choose a period of ${limit.words} or less.`,
      path: ['from'],
    });
}

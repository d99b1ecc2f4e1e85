import { z } from 'zod';

export const NOTES_MAX = 4000;

/** An instant sent over the boundary: ISO 8601 with a zone (`...Z` or `+01:00`). */
export const instant = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label} must be a date and time.` });

/** A calendar date sent over the boundary: `YYYY-MM-DD`. */
export const isoDate = (label: string) => z.iso.date({ error: `${label} must be a date.` });

export const entityId = (label: string) => z.uuid({ error: `Choose ${label} from the list.` });

export const emptyInput = z.object({}).strict();

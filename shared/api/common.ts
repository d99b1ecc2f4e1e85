import { z } from 'zod';
import { FIRST_YEAR, LAST_YEAR } from '../time/calendar';
import './messages';

export const NOTES_MAX = 4000;

/**
 * The earliest instant or day the app accepts: the council cannot have used it before
 * 2000, and the working calendar (bank holidays, due dates) starts there.
 */
export const EARLIEST_DAY = `${FIRST_YEAR}-01-01`;
/** The last day the working calendar covers. */
export const LATEST_DAY = `${LAST_YEAR}-12-31`;

/** An instant sent over the boundary: ISO 8601 with a zone (`...Z` or `+01:00`). */
export const instant = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label} must be a date and time.` }).refine(
    (v) => {
      const at = Date.parse(v);
      return (
        at >= Date.parse(`${EARLIEST_DAY}T00:00:00Z`) &&
        at < Date.parse(`${LAST_YEAR + 1}-01-01T00:00:00Z`)
      );
    },
    { error: `${label} must be between ${FIRST_YEAR} and ${LAST_YEAR}: check the year.` },
  );

/** A calendar date sent over the boundary: `YYYY-MM-DD`, within the working calendar's years. */
export const isoDate = (label: string) =>
  z.iso
    .date({ error: `${label} must be a date.` })
    .refine((v) => v >= EARLIEST_DAY && v <= LATEST_DAY, {
      error: `${label} must be between ${FIRST_YEAR} and ${LAST_YEAR}: check the year.`,
    });

/** A date of birth: a real date; its age (not in the future, within 120 years) is checked
 * against the injectable clock by the handler (electron/api/when.ts). */
export const dateOfBirth = (label = 'The date of birth') =>
  z.iso.date({ error: `Write ${label.replace(/^The /, 'the ')} as a date, e.g. 1980-04-23.` });

// C0 controls except tab, line feed and carriage return; DEL; C1 controls.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Single-line text allows no control character at all (tabs and line breaks included).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Characters that print nothing: zero-width spaces and joiners, word joiner, BOM, soft hyphen,
 * direction marks and embeddings, Hangul fillers, Mongolian vowel separator. */
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- each is matched on its own
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0]/g;

/** The text with every invisible character and all white space removed. */
export function visibleText(value: string): string {
  return value.replace(INVISIBLE, '').replace(/\s+/g, '');
}

export interface TextOptions {
  /** The largest number of characters. */
  max: number;
  /** Notes and reasons may run over several lines (tabs and line breaks allowed). */
  multiline?: boolean;
  /** Set for a field that must be filled in: the message when it is empty or only invisible. */
  required?: string;
  /** The fewest visible characters, for a required field (default 1). */
  min?: number;
  /** The message when it is too long, given its length (default: names the field and limit). */
  tooLong?: (length: string) => string;
}

/**
 * Text a person typed: trimmed, refusing control characters (NUL, ESC, ...) and broken
 * characters (a lone surrogate), each with a message naming the field. A required field
 * made only of invisible characters (a zero-width space) counts as empty.
 */
export function text(label: string, options: TextOptions) {
  const { max, multiline = false, required, min = 1 } = options;
  const tooLong =
    options.tooLong ??
    ((length: string) =>
      `${label} can be at most ${max.toLocaleString('en-GB')} characters; this has ${length}. Shorten it.`);
  const control = multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE;
  let schema = z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, {
      error: (issue) => tooLong((issue.input as string).length.toLocaleString('en-GB')),
    })
    .refine((v) => !control.test(v), {
      error: multiline
        ? `${label} contains a control character that cannot be stored. Retype it rather than pasting it.`
        : `${label} contains a control character (such as a tab or line break) that cannot be stored. Retype it on one line.`,
      abort: true,
    })
    .refine((v) => !LONE_SURROGATE.test(v), {
      error: `${label} contains a broken character. Retype it rather than pasting it.`,
      abort: true,
    })
    .refine((v) => v === '' || visibleText(v) !== '', {
      error: `${label} is made only of invisible characters. Type it again.`,
      abort: true,
    });
  if (required !== undefined)
    schema = schema.refine((v) => visibleText(v).length >= min, { error: required });
  return schema;
}

/** A person's or organisation's name: one line, and never only invisible characters. */
export const personName = (label: string, max: number, required?: string) =>
  text(label, { max, required });

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

// The council's words for every check the contracts leave to zod's defaults. Installed as
// zod's `customError`, which zod consults only when neither the schema nor the check gave a
// message of its own, so a contract's own wording always wins. An adviser never sees the
// library's text ("Unrecognized key", "Invalid input: expected string, received number").
import { z } from 'zod';

/** A field path made readable: `details.firstName` -> "first name". */
export function fieldWords(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  if (typeof last !== 'string' || !/^[A-Za-z][A-Za-z0-9]{0,40}$/.test(last)) return 'this entry';
  return last
    .replace(/Id$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** A key the form sent that the app does not know, safe to echo (printable and short). */
function keyWords(keys: readonly string[]): string {
  const shown = keys.filter((k) => /^[A-Za-z0-9_.-]{1,40}$/.test(k)).slice(0, 3);
  return shown.length > 0 ? ` (${shown.join(', ')})` : '';
}

const KIND_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  object: 'a set of details',
  array: 'a list',
  date: 'a date',
};

const RELOAD = 'Reload the app and try again.';

type RawIssue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

/** Plain words for one of zod's own issues. */
export function councilMessage(issue: RawIssue): string {
  const path = issue.path ?? [];
  const field = fieldWords(path);
  const The = field === 'this entry' ? 'This entry' : `The ${field}`;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `This form sent something the app does not expect${keyWords(issue.keys)}. ${RELOAD}`;
    case 'invalid_type': {
      if (path.length === 0) return `This form sent something the app cannot read. ${RELOAD}`;
      if (issue.input === undefined) return `${The} is missing. Fill it in and try again.`;
      const kind = KIND_WORDS[issue.expected] ?? 'something else';
      return `${The} must be ${kind}. Check it and try again.`;
    }
    case 'too_big': {
      const max = Number(issue.maximum).toLocaleString('en-GB');
      if (issue.origin === 'string')
        return `${The} is too long: keep it to ${max} characters or fewer.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${The} has too many entries: at most ${max}.`;
      return `${The} is too large: it can be at most ${max}.`;
    }
    case 'too_small': {
      const min = Number(issue.minimum).toLocaleString('en-GB');
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? `Fill in the ${field}.`
          : `${The} is too short: give at least ${min} characters.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${The} needs at least ${min} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}.`;
      return `${The} is too small: it must be at least ${min}.`;
    }
    case 'invalid_format':
      switch (issue.format) {
        case 'email':
          return 'That is not an email address.';
        case 'uuid':
        case 'guid':
          return `Choose the ${field} from the list.`;
        case 'date':
          return `${The} must be a date.`;
        case 'datetime':
          return `${The} must be a date and time.`;
        default:
          return `${The} is not written the right way. Check it and try again.`;
      }
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return `Choose the ${field} from the list.`;
    case 'not_multiple_of':
      return `${The} must be a whole number of steps. Check it and try again.`;
    default:
      return `${The} is not right. Check it and try again.`;
  }
}

/** What zod's own wording looks like: used to prove it never reaches an adviser. */
export const LIBRARY_WORDING =
  /Unrecognized key|Invalid input|Invalid option|Invalid (string|ISO|UUID|GUID|email|date|element|key|union|discriminator)|ZodError|Too (big|small)|\bexpected (string|number|boolean|object|array|bigint|date|nonoptional|one of|int|a)\b|\breceived (undefined|null|string|number|boolean|object|array|NaN)\b/;

z.config({ customError: councilMessage });

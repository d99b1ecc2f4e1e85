// What an adviser types into a customer search, read as the identifier it looks like: a
// council reference, a phone number, an email address or a postcode (whole or its start).
// An identifier is matched exactly, never by sounding like a name: "CR10000003" once found
// every Gray (its letters sound like "Gray") and "WA6 0" every O'Brien (issue 19).
import { isValid as isValidPostcode, OUTCODE_REGEX, toNormalised } from 'postcode';

export const IDENTIFIER_KINDS = ['reference', 'phone', 'email', 'postcode'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** Shown beside an exact result: "Exact match: council reference". */
export const IDENTIFIER_LABELS: Record<IdentifierKind, string> = {
  reference: 'council reference',
  phone: 'phone number',
  email: 'email address',
  postcode: 'postcode',
};

/** Letters then digits, as council references are written ("CR10000003", "CR-000101"). */
const REFERENCE = /^[A-Z]{1,4}-?\d{4,}$/;
/** The start of a reference as it is typed: letters then at least two digits. */
const REFERENCE_START = /^[A-Z]{1,4}-?\d{2,}$/;
/** The inward code, or its start: a digit then up to two letters ("0", "7Q", "7QA"). */
const INWARD_START = /^\d[A-Z]{0,2}$/;

/**
 * A phone number in one form however it was written: spaces, dashes, dots and brackets
 * dropped, and +44 / 0044 (with or without the "(0)") written as the leading 0.
 * Null when it is not digits.
 */
export function normalisePhone(text: string): string | null {
  const written = text.replace(/[\s\-.()]/g, '');
  if (!/^\+?\d+$/.test(written)) return null;
  const international = written.startsWith('+') || written.startsWith('00');
  let digits = written.replace(/^\+/, '').replace(/^00/, '');
  if (digits.startsWith('44') && (international || digits.length >= 12))
    digits = `0${digits.slice(2).replace(/^0/, '')}`;
  return digits;
}

/** A whole UK postcode written the standard way ("wa60ab" -> "WA6 0AB"), or null. */
export function wholePostcode(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  return isValidPostcode(compact) ? toNormalised(compact) : null;
}

/**
 * The start of a postcode, as the standard-form prefixes it may stand for: "WA6 0" is
 * postcodes starting "WA6 0"; unspaced, "WA60" may be "WA6 0" or "WA60", and "WA8" any
 * postcode starting "WA8". Null when the text is not the start of a postcode.
 */
export function postcodePrefixes(text: string): string[] | null {
  const typed = text.trim().toUpperCase().replace(/\s+/g, ' ');
  if (typed.includes(' ')) {
    const [outward, inward, ...rest] = typed.split(' ');
    return rest.length === 0 && OUTCODE_REGEX.test(outward!) && INWARD_START.test(inward!)
      ? [`${outward} ${inward}`]
      : null;
  }
  if (!/^[A-Z]{1,2}\d/.test(typed)) return null;
  const prefixes = OUTCODE_REGEX.test(typed) ? [typed] : [];
  for (let split = 2; split < typed.length; split += 1) {
    const outward = typed.slice(0, split);
    const inward = typed.slice(split);
    if (OUTCODE_REGEX.test(outward) && INWARD_START.test(inward))
      prefixes.push(`${outward} ${inward}`);
  }
  return prefixes.length > 0 ? prefixes : null;
}

/** What a search for an identifier looks for; each part is null when the text is not one. */
export interface IdentifierQuery {
  /** A whole council reference, in capitals without spaces. */
  reference: string | null;
  /** The start of a council reference as it is typed (a whole one included). */
  referencePrefix: string | null;
  /** A phone number, or its start, normalised (normalisePhone). */
  phone: string | null;
  /** An email address, or part of one, in lower case. */
  email: string | null;
  /** A whole postcode, standard form. */
  postcode: string | null;
  /** The start of a postcode (standard-form prefixes); a whole one is its own prefix. */
  postcodePrefixes: string[] | null;
}

/**
 * Reads a search as identifiers, or null when it looks like a name (or a name with part of a
 * postcode), which is then searched by sound and spelling instead.
 */
export function identifierQuery(text: string): IdentifierQuery | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return null;
  const compact = trimmed.replace(/\s+/g, '').toUpperCase();
  const email = trimmed.includes('@') && !/\s/.test(trimmed) ? trimmed.toLowerCase() : null;
  const phoneDigits = email ? null : normalisePhone(trimmed);
  const phone = phoneDigits && phoneDigits.length >= 4 ? phoneDigits : null;
  // A number alone may be a council's numeric reference as well as a phone number.
  const reference = REFERENCE.test(compact) || (phone && /^\d+$/.test(compact)) ? compact : null;
  const referencePrefix = REFERENCE_START.test(compact) ? compact : null;
  const postcode = email ? null : wholePostcode(trimmed);
  const prefixes = email ? null : postcodePrefixes(trimmed);
  if (!email && !phone && !reference && !referencePrefix && !postcode && !prefixes) return null;
  return {
    reference,
    referencePrefix,
    phone,
    email,
    postcode,
    postcodePrefixes: postcode ? [postcode] : prefixes,
  };
}

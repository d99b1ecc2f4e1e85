// Why two customer records may be one person, said exactly: a team leader merges on these
// words, and merging two different people moves one person's history onto another's record.
// A name reason needs the first AND the last name to agree (spelt the same, alike by sound,
// or a known nickname); a shared surname alone is a household, not a duplicate (Marek and
// Patricia Cox, born the same day, are twins or a couple, never "the same name").
import { doubleMetaphone } from 'double-metaphone';
import { NICKNAMES, nameWords } from './name-keys';

/** The fields of a customer record the duplicate check compares. */
export interface MatchableCustomer {
  id: string;
  firstName: string | null;
  lastName: string | null;
  dateOfBirth: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
}

/** A record's names as the comparison reads them, worked out once (`prepareName`). */
export interface PreparedName {
  id: string;
  /** First word of the first name ("Mary Ann" -> "mary"), without accents or case. */
  first: string;
  firstKey: string;
  /** The whole last name as one word ("O'Brien" and "O Brien" -> "obrien"). */
  last: string;
  lastKey: string;
}

/** What two records may share; reasons are listed in this order. */
export const SHARED_VALUES = ['date_of_birth', 'postcode', 'phone', 'email'] as const;
export type SharedValue = (typeof SHARED_VALUES)[number];

/** How two first names agree: `initial` and `missing` only fail to rule a match out. */
type FirstNameMatch = 'same' | 'sound' | 'nickname' | 'initial' | 'missing' | 'missing-both';
type LastNameMatch = 'same' | 'sound';

/**
 * A phone number as the duplicate check compares it: spaces, dashes and brackets dropped and
 * +44 read as 0 (the same as the check's SQL, db/queries/duplicate-blocks.ts); null unless
 * that leaves at least 7 digits and nothing else ("n/a", "ask at desk").
 */
export function phoneDigits(phone: string | null): string | null {
  const key = phone?.replace(/[ \-()]/g, '').replace(/\+44/g, '0');
  return key && /^\d{7,}$/.test(key) ? key : null;
}

export function emailKey(email: string | null): string | null {
  const key = email?.trim().toLowerCase();
  return key ? key : null;
}

/** The primary double-metaphone key; the alternate is too loose here (it makes John sound
 * like Ann). */
function soundKey(word: string): string {
  return word === '' ? '' : doubleMetaphone(word)[0];
}

/**
 * Names as words and sound keys, each worked out once: a register repeats its names (a few
 * thousand spellings among half a million records), and the check reads each many times.
 */
export class NameParts {
  private readonly firsts = new Map<string, readonly [string, string]>();
  private readonly lasts = new Map<string, readonly [string, string]>();

  first(name: string | null): readonly [word: string, key: string] {
    return this.part(this.firsts, name, (words) => words[0] ?? '');
  }

  last(name: string | null): readonly [word: string, key: string] {
    return this.part(this.lasts, name, (words) => words.join(''));
  }

  private part(
    known: Map<string, readonly [string, string]>,
    name: string | null,
    pick: (words: string[]) => string,
  ): readonly [string, string] {
    const raw = name ?? '';
    let found = known.get(raw);
    if (!found) {
      const word = pick(nameWords(raw));
      found = [word, soundKey(word)] as const;
      known.set(raw, found);
    }
    return found;
  }
}

export function prepareName(
  id: string,
  firstName: string | null,
  lastName: string | null,
  names = new NameParts(),
): PreparedName {
  const [first, firstKey] = names.first(firstName);
  const [last, lastKey] = names.last(lastName);
  return { id, first, firstKey, last, lastKey };
}

/** The key records are grouped by before names are compared: the last name's sound. */
export function lastNameKey(c: PreparedName): string | null {
  return c.last === '' ? null : c.lastKey || c.last;
}

/** Alike by sound: the same key, and for a short key (Ola, Eli -> "AL") the same first letter. */
function soundsAlike(x: string, xKey: string, y: string, yKey: string): boolean {
  return xKey !== '' && xKey === yKey && (xKey.length >= 3 || x[0] === y[0]);
}

/** The formal names a first name may stand for, and the name itself (Bill -> william). */
function nicknameGroup(word: string): string[] {
  return [word, ...(NICKNAMES[word] ?? [])];
}

function firstNameMatch(a: PreparedName, b: PreparedName): FirstNameMatch | null {
  const [x, y] = [a.first, b.first];
  if (x === '' && y === '') return 'missing-both';
  if (x === '' || y === '') return 'missing';
  if (x.length === 1 || y.length === 1) return x[0] === y[0] ? 'initial' : null;
  if (x === y) return 'same';
  if (soundsAlike(x, a.firstKey, y, b.firstKey)) return 'sound';
  const group = nicknameGroup(x);
  if (nicknameGroup(y).some((name) => group.includes(name))) return 'nickname';
  return null;
}

function lastNameMatch(a: PreparedName, b: PreparedName): LastNameMatch | null {
  if (a.last === '' || b.last === '') return null;
  if (a.last === b.last) return 'same';
  return soundsAlike(a.last, a.lastKey, b.last, b.lastKey) ? 'sound' : null;
}

/** How two records' names agree, in the words a reason uses. */
export interface NameAgreement {
  /** `name`: first and last names; `initial`, `surname`: the last name, the first not ruled out. */
  kind: 'name' | 'initial' | 'surname';
  words: string;
}

/**
 * How the names agree, when they do: first AND last names alike (as spelt, by sound, or a
 * nickname), or the last name alike with the first only an initial or missing on one record.
 * null for different first names: Marek and Patricia Cox do not share a name.
 */
export function nameAgreement(a: PreparedName, b: PreparedName): NameAgreement | null {
  const last = lastNameMatch(a, b);
  if (!last) return null;
  const first = firstNameMatch(a, b);
  const bySound = last === 'sound' ? ' (by sound)' : '';
  if (first === 'same' || first === 'sound' || first === 'nickname') {
    const how = [
      first === 'nickname' && 'nickname',
      (first === 'sound' || last === 'sound') && 'by sound',
    ].filter(Boolean);
    const words = `same first and last name${how.length > 0 ? ` (${how.join(', ')})` : ''}`;
    return { kind: 'name', words };
  }
  if (first === 'initial') {
    return { kind: 'initial', words: `same last name${bySound} and same first initial` };
  }
  if (first === 'missing' || first === 'missing-both') {
    const which =
      first === 'missing' ? 'one record has no first name' : 'neither record has a first name';
    return { kind: 'surname', words: `same last name${bySound} (${which})` };
  }
  return null;
}

/** How strongly each kind of reason suggests one person; a pair's order is their sum. */
const WEIGHTS: Record<'date_of_birth' | 'postcode', Record<NameAgreement['kind'], number>> = {
  date_of_birth: { name: 10, initial: 5, surname: 3 },
  postcode: { name: 6, initial: 3, surname: 2 },
};
const CONTACT_WEIGHTS = { phone: 4, email: 5 } as const;

export interface Reason {
  shared: SharedValue;
  words: string;
  weight: number;
}

/**
 * The reason two records sharing `shared` may be one person. A date of birth or a postcode
 * is a reason only with the names agreeing; a phone or an email is one on its own.
 */
export function reasonFor(shared: SharedValue, names: NameAgreement | null): Reason | null {
  if (shared === 'phone') return { shared, words: 'same phone', weight: CONTACT_WEIGHTS.phone };
  if (shared === 'email') return { shared, words: 'same email', weight: CONTACT_WEIGHTS.email };
  if (!names) return null;
  const what = shared === 'date_of_birth' ? 'same date of birth' : 'same postcode';
  const words =
    names.kind === 'name'
      ? `${names.words} and ${what}`
      : names.kind === 'initial'
        ? `${what}, ${names.words}`
        : `${what} and ${names.words}`;
  return { shared, words, weight: WEIGHTS[shared][names.kind] };
}

export interface DuplicateVerdict {
  reasons: string[];
  /** Higher first in the team leader's list. */
  score: number;
}

/** A pair's reasons in the order of SHARED_VALUES, and their score. */
export function verdictOf(reasons: Reason[]): DuplicateVerdict {
  const ordered = [...reasons].sort(
    (x, y) => SHARED_VALUES.indexOf(x.shared) - SHARED_VALUES.indexOf(y.shared),
  );
  return {
    reasons: ordered.map((r) => r.words),
    score: ordered.reduce((sum, r) => sum + r.weight, 0),
  };
}

/** Every reason the two records may be one person; none when nothing that matters matched. */
export function duplicateReasons(a: MatchableCustomer, b: MatchableCustomer): DuplicateVerdict {
  const names = new NameParts();
  const agreement = nameAgreement(
    prepareName(a.id, a.firstName, a.lastName, names),
    prepareName(b.id, b.firstName, b.lastName, names),
  );
  const postcode = (c: MatchableCustomer) => c.postcode?.replace(/\s/g, '').toUpperCase() ?? null;
  const shares: Record<SharedValue, boolean> = {
    date_of_birth: a.dateOfBirth !== null && a.dateOfBirth === b.dateOfBirth,
    postcode: postcode(a) !== null && postcode(a) === postcode(b),
    phone: phoneDigits(a.phone) !== null && phoneDigits(a.phone) === phoneDigits(b.phone),
    email: emailKey(a.email) !== null && emailKey(a.email) === emailKey(b.email),
  };
  const reasons = SHARED_VALUES.filter((shared) => shares[shared])
    .map((shared) => reasonFor(shared, agreement))
    .filter((r): r is Reason => r !== null);
  return verdictOf(reasons);
}

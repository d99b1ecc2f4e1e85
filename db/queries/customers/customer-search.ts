// Customer search with a caller on the line: names forgiving spelling and nicknames,
// postcode (whole or partial), phone, email or the council reference, as the adviser types.
// What looks like an identifier is matched as one, exact first (identifier-search.ts), and
// never by the sound of its letters. Names: candidates come from the FTS5 trigram index, the
// first few hundred in index order (ranking every match of a common name like "Smith" would
// cost hundreds of milliseconds at 500,000 customers); among them the closest names come
// first, and the adviser narrows by typing more.
import { sql } from 'kysely';
import { identifierQuery, postcodePrefixes } from '../../../shared/domain/customer-identifiers';
import { nameVariants, nameWords, phoneticKeys } from '../../../shared/domain/name-keys';
import type { ReadableDB } from '../../handles';
import { searchByIdentifier, type CustomerHit } from './identifier-search';

export type { CustomerHit } from './identifier-search';

/** FTS5 phrase: the text quoted, with any quote doubled. */
const phrase = (text: string) => `"${text.replace(/"/g, '""')}"`;

const POSTCODE_PART = /^[A-Z]{1,2}\d[A-Z\d]?\d?[A-Z]{0,2}$/;

/**
 * A caller gives their name and postcode together ("Smyth, WA8 7"): the words with digits
 * are the postcode, the rest the name, and a record must match both, its postcode starting
 * with the part given.
 */
function nameAndPostcode(q: string): { expression: string; postcodes: string[] } | null {
  const tokens = q.split(/[\s,]+/).filter(Boolean);
  const postcodeTokens = tokens.filter((t) => /\d/.test(t));
  const nameTokens = tokens.filter((t) => !/\d/.test(t) && !t.includes('@'));
  if (postcodeTokens.length === 0 || nameTokens.length === 0) return null;
  const postcode = postcodeTokens.join('').toUpperCase();
  // Anything else with digits (a phone number after a name) is not narrowed this way.
  if (postcode.length < 3 || !POSTCODE_PART.test(postcode)) return null;
  const name = nameExpression(nameTokens.join(' '));
  const postcodes = postcodePrefixes(postcodeTokens.join(' ')) ?? postcodePrefixes(postcode);
  return name && postcodes
    ? { expression: `(${name} AND postcode : ${phrase(postcode)})`, postcodes }
    : null;
}

/** Every word of the name must match as written, as a known variant, or by its sound. */
function nameExpression(text: string): string | null {
  const tokens = nameWords(text);
  if (tokens.length === 0) return null;
  const perToken = tokens.map((token) => {
    const options = nameVariants(token)
      .filter((v) => v.length >= 3)
      .map((v) => `name : ${phrase(v)}`);
    options.push(...phoneticKeys(token).map((k) => `keys : ${phrase(k)}`));
    return options.length > 0 ? `(${options.join(' OR ')})` : null;
  });
  return perToken.every((t) => t !== null) ? `(${perToken.join(' AND ')})` : null;
}

/** The FTS5 query for what the adviser typed, or null when there is nothing to look for. */
export function searchExpression(query: string): string | null {
  const q = query.trim();
  const both = nameAndPostcode(q);
  if (both) return both.expression;
  const alternatives: string[] = [];
  const compact = q.replace(/\s+/g, '').toUpperCase();
  const digits = q.replace(/\D/g, '');
  if (q.includes('@')) alternatives.push(`email : ${phrase(q.toLowerCase())}`);
  if (POSTCODE_PART.test(compact) && compact.length >= 3)
    alternatives.push(`postcode : ${phrase(compact)}`);
  if (digits.length >= 4 && digits.length >= compact.length - 2)
    alternatives.push(`phone : ${phrase(digits.replace(/^44/, '0'))}`);
  if (/\d/.test(compact) && compact.length >= 3)
    alternatives.push(`reference : ${phrase(compact)}`);
  const name = q.includes('@') ? null : nameExpression(q);
  if (name) alternatives.push(name);
  return alternatives.length === 0 ? null : alternatives.join(' OR ');
}

/** Edit distance, for putting the closest spelling first. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** How far a name is from what was typed: exact (or nickname) -1, prefix 0, else edit distance. */
function closeness(queryWords: string[], name: string): number {
  const nameParts = nameWords(name);
  const score = (q: string, n: string) => {
    const variants = nameVariants(q);
    if (variants.includes(n)) return -1;
    if (n.startsWith(q)) return 0;
    return Math.min(...variants.map((v) => distance(v, n)));
  };
  return queryWords.reduce((sum, q) => sum + Math.min(...nameParts.map((n) => score(q, n))), 0);
}

const CANDIDATES = 200;

/**
 * The customers matching what was typed, best first. An identifier typed whole (a council
 * reference, phone number, email address or postcode) puts the record holding it first,
 * marked exact; a name is matched by spelling, nickname and sound.
 */
export async function searchCustomers(
  db: ReadableDB,
  query: string,
  limit = 20,
): Promise<CustomerHit[]> {
  const identifier = identifierQuery(query);
  if (identifier) return searchByIdentifier(db, identifier, limit);
  const expression = searchExpression(query);
  if (!expression) return [];
  const postcodes = nameAndPostcode(query.trim())?.postcodes;
  // The FTS5 table is not part of the typed schema: one plain, parameterised statement.
  const { rows } = await sql<{ id: string; display_name: string; postcode: string | null }>`
    select c.id, c.display_name, c.postcode
    from customers_fts f join customers c on c.rowid = f.rowid
    where customers_fts match ${expression} and c.merged_into is null
    limit ${CANDIDATES}`.execute(db);
  const queryWords = nameWords(query);
  return rows
    .filter((row) => !postcodes || postcodes.some((p) => row.postcode?.toUpperCase().startsWith(p)))
    .map((row, order) => ({
      row,
      order,
      score: queryWords.length > 0 ? closeness(queryWords, row.display_name) : 0,
    }))
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map(({ row }) => ({
      id: row.id,
      display_name: row.display_name,
      exact: false,
      matchedOn: null,
    }));
}

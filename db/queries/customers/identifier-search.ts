// Customer search for an identifier: a council reference, phone number, email address or
// postcode. A record holding exactly what was typed comes first and is the only one marked
// exact, so Enter opens the caller and not a namesake; then records it only starts (or, for
// a phone or email, contains). Names are never matched here (issue 19).
import { sql } from 'kysely';
import {
  normalisePhone,
  type IdentifierKind,
  type IdentifierQuery,
} from '../../../shared/domain/customer-identifiers';
import type { ReadableDB } from '../../handles';

export interface CustomerHit {
  id: string;
  display_name: string;
  /** The record holds exactly the identifier typed. */
  exact: boolean;
  /** Which identifier it matched, whole or in part; null for a match by name. */
  matchedOn: IdentifierKind | null;
}

interface Row {
  id: string;
  display_name: string;
  value: string | null;
}

/** FTS5 phrase: the text quoted, with any quote doubled. */
const phrase = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The first text after every text starting `prefix`: a range an index can answer. */
const after = (prefix: string) =>
  prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);

const CANDIDATES = 200;

/** Records whose column starts with `prefix`, in the column's order (its index). */
function startingWith(
  db: ReadableDB,
  column: 'council_reference' | 'postcode',
  prefix: string,
  limit: number,
) {
  return db
    .selectFrom('customers')
    .select(['id', 'display_name', `${column} as value`])
    .where(column, '>=', prefix)
    .where(column, '<', after(prefix))
    .where('merged_into', 'is', null)
    .orderBy(column)
    .orderBy('display_name')
    .limit(limit)
    .execute() as Promise<Row[]>;
}

/** Records whose phone or email contains the text, from the trigram index. */
async function containing(db: ReadableDB, column: 'phone' | 'email', text: string): Promise<Row[]> {
  if (text.length < 3) return []; // the trigram index needs three characters
  const { rows } = await sql<Row>`
    select c.id, c.display_name, ${sql.ref(`c.${column}`)} as value
    from customers_fts f join customers c on c.rowid = f.rowid
    where customers_fts match ${`${column} : ${phrase(text)}`} and c.merged_into is null
    limit ${CANDIDATES}`.execute(db);
  return rows;
}

export async function searchByIdentifier(
  db: ReadableDB,
  query: IdentifierQuery,
  limit: number,
): Promise<CustomerHit[]> {
  const exact: CustomerHit[] = [];
  const partial: CustomerHit[] = [];
  const sort = (rows: Row[], kind: IdentifierKind, isExact: (value: string) => boolean) => {
    for (const r of rows) {
      const whole = r.value !== null && isExact(r.value);
      (whole ? exact : partial).push({
        id: r.id,
        display_name: r.display_name,
        exact: whole,
        matchedOn: kind,
      });
    }
  };

  if (query.reference) {
    const rows = (await db
      .selectFrom('customers')
      .select(['id', 'display_name', 'council_reference as value'])
      .where('council_reference', '=', query.reference)
      .where('merged_into', 'is', null)
      .execute()) as Row[];
    sort(rows, 'reference', () => true);
  }
  if (query.referencePrefix) {
    const rows = await startingWith(db, 'council_reference', query.referencePrefix, limit + 1);
    sort(rows, 'reference', (v) => v === query.reference);
  }
  if (query.phone) {
    const rows = await containing(db, 'phone', query.phone);
    sort(rows, 'phone', (v) => normalisePhone(v) === query.phone);
  }
  if (query.email) {
    const rows = await containing(db, 'email', query.email);
    sort(rows, 'email', (v) => v.toLowerCase() === query.email);
  }
  for (const prefix of query.postcodePrefixes ?? []) {
    const rows = await startingWith(db, 'postcode', prefix, limit + 1);
    sort(rows, 'postcode', (v) => v === query.postcode);
  }

  // A record found twice (its reference whole, then as the start of others) is listed once,
  // at its best.
  const seen = new Set<string>();
  return [...exact, ...partial]
    .filter((hit) => !seen.has(hit.id) && seen.add(hit.id))
    .slice(0, limit);
}

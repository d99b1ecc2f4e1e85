// Before a new customer record is made: the records already held that look like the same
// person, so the adviser uses the one we have instead of starting a second (issue 19). The
// same name with the same date of birth or postcode, the same phone number, or the same
// email address. Merged-away records are left out; their details live in the kept one.
import { sql } from 'kysely';
import { normalisePhone } from '../../../shared/domain/customer-identifiers';
import type { ReadableDB } from '../../handles';

export interface NewCustomerIdentity {
  firstName: string;
  lastName: string;
  /** Standard form ("WA8 7QA"), as the contract writes it. */
  postcode: string | null;
  dateOfBirth: string | null;
  phone: string | null;
  email: string | null;
}

export interface PossibleDuplicateRow {
  id: string;
  /** Why it looks like the same person, in words: "same name and postcode". */
  reasons: string[];
}

const phrase = (text: string) => `"${text.replace(/"/g, '""')}"`;
const CANDIDATES = 200;

export async function possibleDuplicatesOf(
  db: ReadableDB,
  who: NewCustomerIdentity,
): Promise<PossibleDuplicateRow[]> {
  const found = new Map<string, string[]>();
  const note = (ids: string[], reason: string) => {
    for (const id of ids) found.set(id, [...(found.get(id) ?? []), reason]);
  };
  const sameName = (first: string | null, last: string | null) =>
    first?.trim().toLowerCase() === who.firstName.trim().toLowerCase() &&
    last?.trim().toLowerCase() === who.lastName.trim().toLowerCase();

  if (who.postcode) {
    // The postcode index first; a postcode holds a few dozen records at most.
    const rows = await db
      .selectFrom('customers')
      .select(['id', 'first_name', 'last_name'])
      .where('postcode', '=', who.postcode)
      .where('merged_into', 'is', null)
      .execute();
    note(
      rows.filter((r) => sameName(r.first_name, r.last_name)).map((r) => r.id),
      'same name and postcode',
    );
  }
  if (who.dateOfBirth) {
    const rows = await db
      .selectFrom('customers')
      .select(['id', 'first_name', 'last_name'])
      .where('date_of_birth', '=', who.dateOfBirth)
      .where('merged_into', 'is', null)
      .where(sql<boolean>`last_name = ${who.lastName.trim()} collate nocase`)
      .execute();
    note(
      rows.filter((r) => sameName(r.first_name, r.last_name)).map((r) => r.id),
      'same name and date of birth',
    );
  }
  const phone = who.phone ? normalisePhone(who.phone) : null;
  if (phone && phone.length >= 6) {
    const rows = await fromIndex(db, 'phone', phone);
    note(
      rows.filter((r) => r.value !== null && normalisePhone(r.value) === phone).map((r) => r.id),
      'same phone number',
    );
  }
  const email = who.email?.trim().toLowerCase();
  if (email && email.length >= 3) {
    const rows = await fromIndex(db, 'email', email);
    note(
      rows.filter((r) => r.value?.trim().toLowerCase() === email).map((r) => r.id),
      'same email address',
    );
  }
  return [...found].map(([id, reasons]) => ({ id, reasons }));
}

/** Records whose phone or email contains the text (the trigram index), checked exactly after. */
async function fromIndex(db: ReadableDB, column: 'phone' | 'email', text: string) {
  const { rows } = await sql<{ id: string; value: string | null }>`
    select c.id, ${sql.ref(`c.${column}`)} as value
    from customers_fts f join customers c on c.rowid = f.rowid
    where customers_fts match ${`${column} : ${phrase(text)}`} and c.merged_into is null
    limit ${CANDIDATES}`.execute(db);
  return rows;
}

// The duplicate check's reading (reports worker): the register grouped by what duplicates
// share, through an index each (0019; the postcode's since 0002), so only records in the same
// group are ever compared, never every record with every other. Only groups of two or more
// come back: for a date of birth or a postcode, the members' names (the check compares them);
// for a phone number or an email address, just their ids (sharing one is the reason).
import type SQLite from 'better-sqlite3';

/** The phone as digits and `lower(email)`: the same expressions as the indexes of 0019, and
 * as `phoneDigits` (shared/domain/duplicate-reasons.ts). */
const PHONE_KEY = `replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+44', '0')`;
const EMAIL_KEY = 'lower(email)';

/**
 * More records than this on one phone number or email address is an office, a care home or
 * a switchboard, not one person: such a number is no reason at all, rather than dozens of
 * pairs. Birthday and postcode groups have no limit; their members are compared by name.
 */
export const MOST_SHARING_ONE_CONTACT = 10;

const LIVE = 'merged_into is null and anonymised_at is null';

const QUERIES = {
  date_of_birth: `select json_group_array(json_array(id, first_name, last_name)) from customers
    where date_of_birth is not null and last_name is not null and ${LIVE}
    group by date_of_birth having count(*) > 1`,
  postcode: `select json_group_array(json_array(id, first_name, last_name)) from customers
    where postcode is not null and last_name is not null and ${LIVE}
    group by postcode having count(*) > 1`,
  // Digits only, and enough of them: "n/a" on two records is not a shared number.
  phone: `select group_concat(id, ' ') from customers
    where phone is not null and ${LIVE}
      and length(${PHONE_KEY}) >= 7 and ${PHONE_KEY} not glob '*[^0-9]*'
    group by ${PHONE_KEY} having count(*) between 2 and ${MOST_SHARING_ONE_CONTACT}`,
  email: `select group_concat(id, ' ') from customers
    where email is not null and ${LIVE}
    group by ${EMAIL_KEY} having count(*) between 2 and ${MOST_SHARING_ONE_CONTACT}`,
} as const;

export type NamedMember = [id: string, firstName: string | null, lastName: string | null];

/** Each group of live records sharing a date of birth or a postcode: ids and names. */
export function* nameGroups(
  sqlite: SQLite.Database,
  shared: 'date_of_birth' | 'postcode',
): Generator<NamedMember[]> {
  const rows = sqlite.prepare(QUERIES[shared]).pluck().iterate() as IterableIterator<string>;
  for (const members of rows) yield JSON.parse(members) as NamedMember[];
}

/** Each group of live records sharing a phone number or an email address: their ids. */
export function* contactGroups(
  sqlite: SQLite.Database,
  shared: 'phone' | 'email',
): Generator<string[]> {
  const rows = sqlite.prepare(QUERIES[shared]).pluck().iterate() as IterableIterator<string>;
  for (const ids of rows) yield ids.split(' ');
}

/** The query plan for one kind of group (tests check each uses its index). */
export function blockPlan(sqlite: SQLite.Database, shared: keyof typeof QUERIES): string {
  return (sqlite.prepare(`explain query plan ${QUERIES[shared]}`).all() as { detail: string }[])
    .map((r) => r.detail)
    .join('; ');
}

/** How many records the check compares. */
export function comparableCustomers(sqlite: SQLite.Database): number {
  return sqlite.prepare(`select count(*) from customers where ${LIVE}`).pluck().get() as number;
}

/** The change log's last rowid: customer changes after it call for a new check. */
export function changeLogMark(sqlite: SQLite.Database): number {
  return (sqlite.prepare('select max(rowid) from change_log').pluck().get() as number | null) ?? 0;
}

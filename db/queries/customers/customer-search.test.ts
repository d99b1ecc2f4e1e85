// Search quality on a small register: misspelt names, nicknames, partial postcodes, phone
// numbers written any way, email and the council reference.
import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { nameKeysOf } from '../../../shared/domain/name-keys';
import { AppSqliteDialect } from '../../dialect';
import { applyPragmas, migrateToLatest } from '../../open';
import type { Database } from '../../schema';
import { searchCustomers } from './customer-search';

let db: Kysely<Database>;
const PEOPLE: [
  first: string,
  last: string,
  postcode: string,
  phone: string,
  email: string | null,
  reference: string | null,
][] = [
  ['Robert', 'Smith', 'WA8 7QA', '0151 907 8300', 'rob.smith@example.org', 'CR-000101'],
  ['Roberta', 'Smithers', 'WA7 2GW', '01928 700 111', null, null],
  ['Katherine', 'Johnson', 'L35 1QP', '07700 900123', 'kj@example.org', null],
  ['Marek', 'Kowalski', 'WA8 0TX', '07700 900456', null, null],
  ['Mohammed', 'Patel', 'WA7 1AB', '0151 420 0000', null, null],
  ['Elizabeth', 'Jones', 'CH1 2AB', '01244 123456', null, null],
  ['William', 'Brown', 'WA8 7QB', '0151 111 2222', null, null],
];

beforeAll(async () => {
  const sqlite = new SQLite(':memory:');
  applyPragmas(sqlite);
  db = new Kysely<Database>({ dialect: new AppSqliteDialect(sqlite) });
  await migrateToLatest(db);
  const insert =
    sqlite.prepare(`insert into customers (id, kind, display_name, first_name, last_name, postcode, phone, email, council_reference, name_keys, created_at, updated_at)
    values (?, 'citizen', ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')`);
  PEOPLE.forEach(([first, last, postcode, phone, email, reference], i) =>
    insert.run(
      `c${i}`,
      `${first} ${last}`,
      first,
      last,
      postcode,
      phone,
      email,
      reference,
      nameKeysOf(first, last),
    ),
  );
});

const names = async (query: string) =>
  (await searchCustomers(db, query)).map((r) => r.display_name);

describe('customer search', () => {
  it('finds names as they are typed', async () => {
    expect((await names('Kowal'))[0]).toBe('Marek Kowalski');
    expect(await names('smith')).toEqual(['Robert Smith', 'Roberta Smithers']);
  });

  it('forgives misspelt names', async () => {
    expect((await names('Kowalsky'))[0]).toBe('Marek Kowalski');
    expect((await names('Jonson'))[0]).toBe('Katherine Johnson');
    expect((await names('Robert Smyth'))[0]).toBe('Robert Smith');
    expect((await names('Muhammad Patel'))[0]).toBe('Mohammed Patel');
  });

  it('knows nicknames', async () => {
    expect((await names('Bob Smith'))[0]).toBe('Robert Smith');
    expect((await names('Kate Johnson'))[0]).toBe('Katherine Johnson');
    expect((await names('Bill Brown'))[0]).toBe('William Brown');
    expect((await names('Liz Jones'))[0]).toBe('Elizabeth Jones');
  });

  it('finds by whole or partial postcode, however it is spaced', async () => {
    expect(await names('WA8 7QA')).toEqual(['Robert Smith']);
    expect((await names('wa87q')).sort()).toEqual(['Robert Smith', 'William Brown']);
    expect((await names('WA8')).sort()).toEqual([
      'Marek Kowalski',
      'Robert Smith',
      'William Brown',
    ]);
  });

  it('narrows a misspelt name by a partial postcode, as a caller gives both', async () => {
    expect(await names('Smyth WA8')).toEqual(['Robert Smith']);
    expect(await names('Kowalsky wa8 0')).toEqual(['Marek Kowalski']);
    expect(await names('WA8 Bob Smith')).toEqual(['Robert Smith']);
    expect(await names('Smith WA7')).toEqual(['Roberta Smithers']);
  });

  it('finds by phone number written any way, email and council reference', async () => {
    expect(await names('0151 907 8300')).toEqual(['Robert Smith']);
    expect(await names('07700900123')).toEqual(['Katherine Johnson']);
    expect(await names('kj@example.org')).toEqual(['Katherine Johnson']);
    expect(await names('CR-000101')).toEqual(['Robert Smith']);
  });

  it('finds nothing, without an error, for nothing to look for', async () => {
    expect(await names('  ')).toEqual([]);
    expect(await names('"')).toEqual([]);
  });
});

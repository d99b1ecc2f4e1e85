// Issue 19, "wrong customer": an identifier typed whole finds its record first and marks only
// it exact. Built by hand as the finding was: William Edwards' council reference once found
// twenty people called Gray (its letters sound like "Gray"), and "WA6 0" eighteen O'Briens
// from other postcodes.
import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { nameKeysOf } from '../../../shared/domain/name-keys';
import { AppSqliteDialect } from '../../dialect';
import { applyPragmas, migrateToLatest } from '../../open';
import type { Database } from '../../schema';
import { searchCustomers } from './customer-search';

let db: Kysely<Database>;

interface Person {
  first: string;
  last: string;
  postcode: string | null;
  phone?: string | null;
  email?: string | null;
  reference?: string | null;
  mergedInto?: string;
}

const GRAY_FIRST = ['Emma', 'Oliver', 'Amelia', 'Harry', 'Isla', 'Jack', 'Ava', 'George'];

const PEOPLE: Person[] = [
  {
    first: 'William',
    last: 'Edwards',
    postcode: 'L35 1QP',
    phone: '0151 420 1234',
    email: 'w.edwards@example.org',
    reference: 'CR10000003',
  },
  // A neighbour at the same postcode: a whole postcode is held by a street, not one person.
  { first: 'Sandra', last: 'Okafor', postcode: 'L35 1QP', reference: 'CR10000004' },
  // 22 Grays, one of them with a reference that starts with William's.
  ...Array.from({ length: 22 }, (_, i) => ({
    first: GRAY_FIRST[i % GRAY_FIRST.length]!,
    last: i % 3 === 0 ? 'Grey' : 'Gray',
    postcode: `WA8 ${i % 10}QA`,
    phone: `07700 9001${String(i).padStart(2, '0')}`,
    email: i === 0 ? 'emma.w.edwards@example.org' : null,
    reference: i === 0 ? 'CR100000031' : `CR2000${String(i).padStart(4, '0')}`,
  })),
  // 18 O'Briens, none in WA6 0: in WA6's other sectors, WA16 0 and elsewhere.
  ...Array.from({ length: 18 }, (_, i) => ({
    first: ['Sean', 'Siobhan', 'Niamh'][i % 3]!,
    last: "O'Brien",
    postcode: ['WA6 1AB', 'WA16 0AA', 'WA7 2GW', 'L35 9ZZ', 'WA60 1AA'][i % 5]!,
  })),
  // Her postcode holds "L35" inside it, not at its start.
  { first: 'Siobhan', last: "O'Brien", postcode: 'BL3 5AB' },
  { first: 'Priya', last: 'Shah', postcode: 'WA6 0AB', phone: '01928 700 111' },
  { first: 'Tom', last: 'Hughes', postcode: 'WA6 0XY' },
  { first: 'Ruth', last: 'Adeyemi', postcode: 'WA6 0AB' },
  // Merged into William's record: its details live there now and it is never a result.
  {
    first: 'Will',
    last: 'Edwards',
    postcode: 'L35 1QP',
    phone: '+44 151 420 1234',
    mergedInto: 'c0',
  },
];

beforeAll(async () => {
  const sqlite = new SQLite(':memory:');
  applyPragmas(sqlite);
  db = new Kysely<Database>({ dialect: new AppSqliteDialect(sqlite) });
  await migrateToLatest(db);
  const insert = sqlite.prepare(`insert into customers (id, kind, display_name, first_name,
    last_name, postcode, phone, email, council_reference, merged_into, name_keys, created_at,
    updated_at) values (?, 'citizen', ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')`);
  PEOPLE.forEach((p, i) =>
    insert.run(
      `c${i}`,
      `${p.first} ${p.last}`,
      p.first,
      p.last,
      p.postcode,
      p.phone ?? null,
      p.email ?? null,
      p.reference ?? null,
      p.mergedInto ?? null,
      nameKeysOf(p.first, p.last),
    ),
  );
});

const search = (query: string) => searchCustomers(db, query);
const exactOnes = async (query: string) => (await search(query)).filter((r) => r.exact);

describe('a council reference', () => {
  it('finds its customer first, the only one exact, and no Grays by sound', async () => {
    const results = await search('CR10000003');
    expect(results[0]).toMatchObject({
      display_name: 'William Edwards',
      exact: true,
      matchedOn: 'reference',
    });
    expect(results.filter((r) => r.exact)).toHaveLength(1);
    // Only the reference that starts with the one typed follows, not marked exact.
    expect(results.map((r) => r.display_name)).toEqual(['William Edwards', 'Emma Grey']);
    expect(results[1]).toMatchObject({ exact: false, matchedOn: 'reference' });
  });

  it('is found however it is typed', async () => {
    for (const typed of ['cr10000003', ' CR 10000003 '])
      expect(
        (await exactOnes(typed)).map((r) => r.display_name),
        typed,
      ).toEqual(['William Edwards']);
  });

  it('still lets a name find the Grays', async () => {
    const results = await search('Gray');
    expect(results.length).toBeGreaterThanOrEqual(20);
    expect(results.every((r) => /Gr[ae]y$/.test(r.display_name) && !r.exact)).toBe(true);
  });
});

describe('part of a postcode', () => {
  it('"WA6 0" finds only postcodes starting WA6 0, never O’Briens elsewhere', async () => {
    for (const typed of ['WA6 0', 'wa6 0', 'WA6 0A']) {
      const results = await search(typed);
      const names = results.map((r) => r.display_name).sort();
      const expected =
        typed === 'WA6 0A'
          ? ['Priya Shah', 'Ruth Adeyemi']
          : ['Priya Shah', 'Ruth Adeyemi', 'Tom Hughes'];
      expect(names, typed).toEqual(expected);
      expect(results.every((r) => !r.exact && r.matchedOn === 'postcode')).toBe(true);
    }
  });

  it('narrows a name by the start of a postcode, not by letters inside one', async () => {
    const results = await search("O'Brien L35");
    expect(results).toHaveLength(3); // the O'Briens at L35 9ZZ, not the one at BL3 5AB
    expect(results.every((r) => !r.exact && r.matchedOn === null)).toBe(true);
    // c37 is Siobhan at L35 9ZZ; c42, Siobhan at BL3 5AB, is not offered.
    expect((await search("Siobhan O'Brien L35")).map((r) => r.id)).toEqual(['c37']);
  });

  it('an outward code finds its district alone', async () => {
    const results = await search('WA16');
    expect(results.map((r) => r.display_name).every((n) => n.endsWith("O'Brien"))).toBe(true);
    expect(results).toHaveLength(4); // the O'Briens in WA16 0AA
  });
});

describe('a whole phone number, email address or postcode', () => {
  it('puts the phone number’s customer first, however the number is written', async () => {
    for (const typed of [
      '0151 420 1234',
      '01514201234',
      '+44 151 420 1234',
      '+44 (0)151 420 1234',
    ]) {
      const results = await search(typed);
      expect(results[0], typed).toMatchObject({
        display_name: 'William Edwards',
        exact: true,
        matchedOn: 'phone',
      });
      // The merged-away record with the same number is not offered.
      expect(
        results.filter((r) => r.exact),
        typed,
      ).toHaveLength(1);
    }
  });

  it('offers the start of a phone number without marking any exact', async () => {
    const results = await search('07700 9001');
    expect(results.length).toBe(20);
    expect(results.every((r) => !r.exact && r.matchedOn === 'phone')).toBe(true);
  });

  it('puts the email address’s customer first, and one containing it after', async () => {
    const results = await search('W.Edwards@Example.org');
    expect(results.map((r) => [r.display_name, r.exact])).toEqual([
      ['William Edwards', true],
      ['Emma Grey', false],
    ]);
    expect(results[0]!.matchedOn).toBe('email');
  });

  it('marks everyone at a whole postcode exact, and no one elsewhere', async () => {
    const results = await search('l351qp');
    expect(results.map((r) => r.display_name).sort()).toEqual(['Sandra Okafor', 'William Edwards']);
    expect(results.every((r) => r.exact && r.matchedOn === 'postcode')).toBe(true);
  });
});

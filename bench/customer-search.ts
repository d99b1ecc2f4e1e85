// Customer search at the scale of a large council: 500,000 customers, searched as an adviser
// types (names with typos and nicknames, partial postcodes, phones). Budget: p95 under 50 ms.
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import { nameKeysOf } from '../shared/domain/name-keys';
import { AppSqliteDialect } from '../db/dialect';
import { applyPragmas, migrateToLatest } from '../db/open';
import type { Database } from '../db/schema';
import { searchCustomers } from '../db/queries/customers/customer-search';
import type { Benchmark } from './types';

const CUSTOMERS = 500_000;
const FIRST = [
  'Robert',
  'Katherine',
  'William',
  'Elizabeth',
  'Mohammed',
  'Sarah',
  'James',
  'Amina',
  'David',
  'Olivia',
  'Marek',
  'Priya',
  'Thomas',
  'Grace',
  'Daniel',
  'Chloe',
  'Michael',
  'Fatima',
  'John',
  'Emily',
];
const LAST = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Johnson',
  'Davies',
  'Patel',
  'Robinson',
  'Wright',
  'Thompson',
  'Evans',
  'Walker',
  'White',
  'Roberts',
  'Green',
  'Hall',
  'Kowalski',
  'Khan',
  'Hughes',
  'Edwards',
  'Clarke',
  'Lewis',
  'Harris',
  'Jackson',
  'Wood',
  'Turner',
  'Martin',
  'Cooper',
  'Hill',
  'Ward',
  'Morris',
  'Moore',
  'Clark',
  'Lee',
  'King',
  'Baker',
  'Harrison',
  'Morgan',
];
const AREAS = ['WA7', 'WA8', 'L35', 'L36', 'CH1', 'M1', 'M20', 'WN1', 'PR1', 'BL1'];

/** A small seeded generator; the high bits, since an LCG's low bits repeat quickly. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.floor(s / 65_536);
  };
}

/** A register of 500,000 customers, built once and kept in the temp folder between runs. */
async function register(): Promise<string> {
  const dir = join(tmpdir(), 'council-contact-bench');
  const file = join(dir, `customers-${CUSTOMERS}-v2.sqlite`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const sqlite = new SQLite(file);
  applyPragmas(sqlite);
  const db = new Kysely<Database>({ dialect: new AppSqliteDialect(sqlite) });
  await migrateToLatest(db);
  const next = random(7);
  const insert =
    sqlite.prepare(`insert into customers (id, kind, display_name, first_name, last_name, postcode, phone, email, name_keys, created_at, updated_at)
    values (?, 'citizen', ?, ?, ?, ?, ?, null, ?, '2026-01-01', '2026-01-01')`);
  const keyCache = new Map<string, string>();
  sqlite.transaction(() => {
    for (let i = 0; i < CUSTOMERS; i += 1) {
      // A long tail of surnames: the common ones plus numbered variants, as a real register has.
      const last = `${LAST[next() % LAST.length]!}${i % 7 === 0 ? '' : String.fromCharCode(97 + (next() % 26)) + String.fromCharCode(97 + (next() % 26))}`;
      const first = FIRST[next() % FIRST.length]!;
      const postcode = `${AREAS[next() % AREAS.length]!} ${next() % 10}${String.fromCharCode(65 + (next() % 26))}${String.fromCharCode(65 + (next() % 26))}`;
      const phone = `07${String(next()).padStart(5, '0')}${String(next() % 10_000).padStart(4, '0')}`;
      const key = `${first} ${last}`;
      let keys = keyCache.get(key);
      if (keys === undefined) keyCache.set(key, (keys = nameKeysOf(first, last)));
      insert.run(`cust-${i}`, key, first, last, postcode, phone, keys);
    }
  })();
  await db.destroy();
  return file;
}

const QUERIES = [
  'Smith',
  'Kowalsky',
  'Jonson',
  'Bob Smith',
  'Kate Taylor',
  'Mohamed Khan',
  'WA8 7',
  'wa87q',
  'L35',
  '0771234',
  'Robinsn',
  'Liz Evans',
  'Marek',
  'Priya Patel',
  'Thomson',
  'Harris',
  'CH1 2',
  'Bill Wood',
  'Grace Hal',
  'Emily',
  // A caller gives a name and part of a postcode together.
  'Smyth WA8',
  'Kowalsky wa8 7',
  'Jon Taylor L35',
  'Bob Smith WA7 3',
  // Identifiers, matched exactly first and never by name (issue 19).
  'CR10000003',
  '07712 345678',
  'WA8 7QA',
  'WA6 0',
];

export const customerSearchBenchmark: Benchmark = {
  name: `customer search, p95 of ${QUERIES.length * 5} searches over ${CUSTOMERS.toLocaleString('en-GB')} customers`,
  unit: 'ms',
  budget: 50,
  reason: 'results as the adviser types, with a caller on the line',
  async run() {
    const sqlite = new SQLite(await register(), { readonly: true });
    const db = new Kysely<Database>({ dialect: new AppSqliteDialect(sqlite) });
    const times: number[] = [];
    const baseline: number[] = [];
    // The simplest hand-written search: LIKE over the table (no typos, no nicknames).
    const like = sqlite.prepare(
      "select id, display_name from customers where display_name like ? or replace(postcode, ' ', '') like ? or phone like ? limit 20",
    );
    for (let round = 0; round < 5; round += 1) {
      for (const q of QUERIES) {
        let start = performance.now();
        await searchCustomers(db, q);
        times.push(performance.now() - start);
        start = performance.now();
        like.all(`%${q}%`, `%${q.replace(/\s/g, '')}%`, `%${q}%`);
        baseline.push(performance.now() - start);
      }
    }
    await db.destroy();
    const p95 = (list: number[]) =>
      [...list].sort((a, b) => a - b)[Math.ceil(list.length * 0.95) - 1]!;
    return { value: p95(times), baseline: p95(baseline) };
  },
};

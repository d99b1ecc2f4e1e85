// The duplicate check on a real database file, as the reports worker runs it: pairs stored
// best first with exactly what matched, one check replacing the last, pages read through the
// records as they are now, and the register grouped through indexes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type SQLite from 'better-sqlite3';
import { createTestBackend, type TestBackend } from '../../test/support/backend';
import { blockPlan } from '../../db/queries/customers/duplicate-blocks';
import { SHARED_VALUES } from '../../shared/domain/duplicate-reasons';
import { ROWS_PER_TRANSACTION } from '../../db/queries/customers/duplicate-store';
import { latestDuplicateCheck, storedDuplicatePairs } from '../../db/queries/customers/duplicates';
import { openDuplicateCheckConnection } from '../../db/queries/customers/duplicate-connection';
import { runDuplicateCheck } from './duplicate-check';

let backend: TestBackend;
let connection: SQLite.Database;
let n = 0;

beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T10:00:00Z');
  connection = openDuplicateCheckConnection(backend.opened.database!.file);
});
afterEach(async () => {
  connection.close();
  await backend.close();
});

interface Person {
  first?: string;
  last?: string;
  born?: string;
  postcode?: string;
  phone?: string;
  email?: string;
}

/** A customer written straight into the register; ids sort in the order made. */
function customer(p: Person): string {
  n += 1;
  const id = `0199c000-0000-7000-8000-${String(n).padStart(12, '0')}`;
  backend.opened
    .database!.sqlite.prepare(
      `insert into customers (id, kind, display_name, first_name, last_name, date_of_birth, postcode, phone, email, needs, created_at, updated_at)
       values (?, 'citizen', ?, ?, ?, ?, ?, ?, ?, '{}', '2026-11-01', '2026-11-01')`,
    )
    .run(
      id,
      `${p.first ?? ''} ${p.last ?? ''}`.trim(),
      p.first ?? null,
      p.last ?? null,
      p.born ?? null,
      p.postcode ?? null,
      p.phone ?? null,
      p.email ?? null,
    );
  return id;
}

const check = (at = '2026-11-23T10:00:00Z') => runDuplicateCheck(connection, new Date(at));

async function stored(offset = 0, limit = 50) {
  const db = backend.opened.database!.db;
  const latest = await latestDuplicateCheck(db);
  if (!latest) return null;
  return { latest, ...(await storedDuplicatePairs(db, latest, offset, limit)) };
}

const storedRows = (table: string) =>
  backend.opened.database!.sqlite.prepare(`select count(*) from ${table}`).pluck().get();

describe('the duplicate check', () => {
  it('stores each pair once, strongest first, with every reason that holds', async () => {
    const marek = customer({
      first: 'Marek',
      last: 'Cox',
      born: '1961-04-02',
      phone: '01928 565656',
    });
    const patricia = customer({
      first: 'Patricia',
      last: 'Cox',
      born: '1961-04-02',
      phone: '01928565656',
    });
    const william = customer({
      first: 'William',
      last: 'Edwards',
      born: '1948-12-01',
      postcode: 'WA8 7QA',
    });
    const bill = customer({
      first: 'Bill',
      last: 'Edwards',
      born: '1948-12-01',
      postcode: 'WA8 7QA',
    });
    const kate = customer({ first: 'Kate', last: 'Hughes', email: 'kate@example.com' });
    const katherine = customer({ first: 'Katherine', last: 'Evans', email: 'KATE@example.com' });

    const summary = await check();
    expect(summary).toMatchObject({ checkedAt: '2026-11-23T10:00:00.000Z', pairs: 3 });
    const page = await stored();
    expect(page!.latest).toMatchObject({
      checkedAt: '2026-11-23T10:00:00.000Z',
      tookMs: summary.tookMs,
    });
    expect(page!.pairs).toEqual([
      {
        a: william,
        b: bill,
        reasons: [
          'same first and last name (nickname) and same date of birth',
          'same first and last name (nickname) and same postcode',
        ],
      },
      { a: kate, b: katherine, reasons: ['same email'] },
      // Marek and Patricia share a landline: that, and only that, is said.
      { a: marek, b: patricia, reasons: ['same phone'] },
    ]);
  });

  it('replaces the last check whole, and clears pairs a check left unfinished', async () => {
    customer({ first: 'Ann', last: 'Jones', phone: '07700 900001' });
    customer({ first: 'Ruth', last: 'Price', phone: '07700 900001' });
    await check('2026-11-23T10:00:00Z');
    backend.opened.database!.sqlite.exec(
      `insert into duplicate_candidates (check_id, rank, a_id, b_id, reasons) values ('cut-short', 0, 'x', 'y', '[]')`,
    );
    customer({ first: 'Sam', last: 'Green', email: 'sam@example.com' });
    customer({ first: 'Sam', last: 'Greene', email: 'sam@example.com' });
    await check('2026-11-23T11:00:00Z');
    const page = await stored();
    expect(page!.latest.checkedAt).toBe('2026-11-23T11:00:00.000Z');
    expect(page!.total).toBe(2);
    expect(storedRows('duplicate_checks')).toBe(1);
    expect(storedRows('duplicate_candidates')).toBe(2);
  });

  it(`writes a long list ${ROWS_PER_TRANSACTION} rows at a time and pages through it`, async () => {
    const pairs = ROWS_PER_TRANSACTION + 250;
    const sqlite = backend.opened.database!.sqlite;
    sqlite.transaction(() => {
      for (let i = 0; i < pairs; i += 1) {
        customer({
          first: 'Ann',
          last: `Jones${i}`,
          phone: `0151 555 ${String(i).padStart(4, '0')}`,
        });
        customer({
          first: 'Ruth',
          last: `Price${i}`,
          phone: `0151555${String(i).padStart(4, '0')}`,
        });
      }
    })();
    await check();
    const last = await stored(pairs - 2, 50);
    expect(last!.total).toBe(pairs);
    expect(last!.pairs).toHaveLength(2);
    expect(last!.pairs.every((p) => p.reasons.join() === 'same phone')).toBe(true);
  });

  it('leaves out a phone number shared by more than ten records (a switchboard), or none', async () => {
    for (let i = 0; i < 11; i += 1)
      customer({ first: `Person${i}`, last: `Name${i}`, phone: '0151 907 8300' });
    // Nor is a phone field holding no number.
    for (const phone of ['n/a', 'n/a', '0', '0']) customer({ first: 'Jo', last: 'Ng', phone });
    const a = customer({ first: 'Sam', last: 'Green', phone: '0151 907 8301' });
    const b = customer({ first: 'Jo', last: 'Lee', phone: '0151 907 8301' });
    await check();
    expect((await stored())!.pairs.map((p) => [p.a, p.b])).toEqual([[a, b]]);
  });

  it('leaves merged and anonymised records out of the check', async () => {
    const keep = customer({ first: 'Ann', last: 'Jones', phone: '07700 900002' });
    const merged = customer({ first: 'Ann', last: 'Jones', phone: '07700 900002' });
    const erased = customer({ first: 'Ann', last: 'Jones', phone: '07700 900002' });
    const sqlite = backend.opened.database!.sqlite;
    sqlite.prepare('update customers set merged_into = ? where id = ?').run(keep, merged);
    sqlite.prepare("update customers set anonymised_at = '2026-11-20' where id = ?").run(erased);
    expect(await check()).toMatchObject({ pairs: 0 });
  });

  it('groups the register through its own index for each kind of group', () => {
    const indexes = {
      date_of_birth: 'customers_birth_names',
      postcode: 'customers_postcode_names',
      phone: 'customers_phone_number',
      email: 'customers_email_address',
    };
    for (const kind of SHARED_VALUES) {
      const plan = blockPlan(connection, kind);
      expect(plan).toMatch(new RegExp(`USING (COVERING )?INDEX ${indexes[kind]}\\b`));
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
  });
});

// 0008 keeps contacts counted per UTC hour and per London day as they are saved. The London
// date its triggers work out in SQL must agree with the time zone database on every instant,
// clock changes included, and after any mix of inserts, corrections and deletes (with 0007's
// repeat flags moving underneath) each tally must equal a count of the contacts on file.
import SQLite from 'better-sqlite3';
import fc from 'fast-check';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { londonDateOf } from '../../shared/time/london';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { LONDON_DATE } from './0008_contact_tallies';
import { MIGRATIONS, StaticMigrationProvider } from './index';

async function migratedTo(name: string) {
  const sqlite = new SQLite(':memory:');
  applyPragmas(sqlite);
  // Foreign keys off: the contacts need no services, staff or sites on file here.
  sqlite.pragma('foreign_keys = OFF');
  const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
  expect((await migrator.migrateTo(name)).error).toBeUndefined();
  return { sqlite, db, migrator };
}

describe('LONDON_DATE', () => {
  const sqlite = new SQLite(':memory:');
  const dateOf = sqlite.prepare(`with x(t) as (select ?) select ${LONDON_DATE('x.t')} as d from x`);
  const inSql = (instant: Date) => (dateOf.get(instant.toISOString()) as { d: string }).d;

  it('agrees with the time zone database on any instant from 1996 to 2099', () => {
    const min = Date.UTC(1996, 0, 1);
    const max = Date.UTC(2100, 0, 1) - 1;
    fc.assert(
      fc.property(fc.integer({ min, max }), (ms) => {
        expect(inSql(new Date(ms))).toBe(londonDateOf(ms));
      }),
      { numRuns: 20_000 },
    );
  });

  it('changes day at London midnight either side of each clock change', () => {
    for (let year = 1996; year < 2100; year += 1) {
      for (const month of [2, 9]) {
        // Every millisecond edge of every hour on the days around the change.
        for (let day = 22; day <= 31; day += 1) {
          for (let hour = 0; hour < 24; hour += 1) {
            const at = Date.UTC(year, month, day, hour);
            for (const ms of [at - 1, at]) expect(inSql(new Date(ms))).toBe(londonDateOf(ms));
          }
        }
      }
    }
  });
});

const SERVICES = ['tax', 'bins'];
const operation = fc.oneof(
  fc.record({
    op: fc.constant('add' as const),
    // Late October to early November 2026: the clock change and midnights on both sides.
    at: fc.integer({ min: Date.UTC(2026, 9, 22), max: Date.UTC(2026, 10, 3) }),
    customer: fc.option(fc.constantFrom('c1', 'c2'), { nil: null }),
    service: fc.constantFrom(...SERVICES),
    channel: fc.constantFrom('telephone', 'email', 'face_to_face'),
    staff: fc.constantFrom('st1', 'st2', 'st3'),
    site: fc.constantFrom('s1', 's2'),
    outcome: fc.constantFrom('resolved', 'resolved', 'callback_promised'),
    inbound: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('correct' as const),
    which: fc.nat(),
    column: fc.constantFrom('service_id', 'outcome', 'staff_id', 'started_at', 'notes'),
    value: fc.constantFrom('tax', 'bins', 'resolved', 'handed_off', 'st2', 'st4', 'other'),
    hoursLater: fc.integer({ min: -30, max: 30 }),
  }),
  fc.record({ op: fc.constant('delete' as const), which: fc.nat() }),
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

type Row = {
  id: string;
  channel: string;
  direction: string;
  service_id: string;
  interaction_type_id: string;
  customer_type_id: string;
  outcome: string;
  started_at: string;
  staff_id: string;
  site_id: string;
  repeated: number;
};

/** Each tally as the contacts on file count it, worked out here with the time zone database. */
function expectedTallies(rows: Row[]) {
  const counts = new Map<string, number[]>();
  const add = (table: string, key: string[], r: Row) => {
    const id = [table, ...key].join('|');
    const c = counts.get(id) ?? [0, 0, 0, 0];
    const inbound = r.direction === 'inbound';
    c[0]! += 1;
    c[1]! += Number(inbound);
    c[2]! += Number(inbound && r.outcome === 'resolved');
    c[3]! += r.repeated;
    counts.set(id, c);
  };
  for (const r of rows) {
    const date = londonDateOf(r.started_at);
    add('contact_hours', [r.started_at.slice(0, 13), r.site_id, r.staff_id], r);
    const dims: [string, string][] = [
      ['channel', r.channel],
      ['service', r.service_id],
      ['interaction_type', r.interaction_type_id],
      ['customer_type', r.customer_type_id],
    ];
    for (const [d, k] of [...dims, ['staff', r.staff_id] as [string, string]])
      add('contact_site_tallies', [date, r.site_id, d, k], r);
    for (const [d, k] of dims) add('contact_staff_tallies', [r.staff_id, date, r.site_id, d, k], r);
  }
  return [...counts].map(([id, c]) => `${id}=${c.join(',')}`).sort();
}

function storedTallies(sqlite: SQLite.Database) {
  const out: string[] = [];
  const tables: [string, string][] = [
    ['contact_hours', 'hour, site_id, staff_id'],
    ['contact_site_tallies', 'date, site_id, dimension, key'],
    ['contact_staff_tallies', 'staff_id, date, site_id, dimension, key'],
  ];
  for (const [table, keys] of tables) {
    const rows = sqlite
      .prepare(
        `select ${keys}, contacts, completed, resolved, repeats from ${table} where contacts <> 0`,
      )
      .raw()
      .all() as (string | number)[][];
    for (const r of rows)
      out.push(`${[table, ...r.slice(0, -4)].join('|')}=${r.slice(-4).join(',')}`);
  }
  return out.sort();
}

describe('0008_contact_tallies (from 0007)', () => {
  it('counts the contacts already on file, follows every change, and migrates down again', async () => {
    const { sqlite, db, migrator } = await migratedTo('0007_calls_and_stats');
    const insert = sqlite.prepare(
      `insert into contacts (id, channel, direction, service_id, interaction_type_id, customer_type_id,
         customer_id, outcome, notes, started_at, ended_at, staff_id, site_id, recorded_at, updated_at)
       values (@id, @channel, @direction, @service, 'it', 'ct', @customer, @outcome, '', @at, @at,
         @staff, @site, @at, @at)`,
    );
    let n = 0;
    const apply = (o: Operation) => {
      const ids = (
        sqlite.prepare('select id from contacts order by id').all() as { id: string }[]
      ).map((r) => r.id);
      if (o.op === 'add') {
        n += 1;
        insert.run({
          id: `k${String(n).padStart(5, '0')}`,
          channel: o.channel,
          direction: o.inbound ? 'inbound' : 'outbound',
          service: o.service,
          customer: o.customer,
          outcome: o.outcome,
          at: new Date(o.at).toISOString(),
          staff: o.staff,
          site: o.site,
        });
      } else if (ids.length === 0) return;
      else if (o.op === 'delete') {
        sqlite.prepare('delete from contacts where id = ?').run(ids[o.which % ids.length]);
      } else {
        const id = ids[o.which % ids.length];
        if (o.column === 'started_at')
          sqlite
            .prepare(
              `update contacts set started_at = strftime('%Y-%m-%dT%H:%M:%fZ', started_at, @shift),
                 ended_at = strftime('%Y-%m-%dT%H:%M:%fZ', ended_at, @shift) where id = @id`,
            )
            .run({ shift: `${o.hoursLater} hours`, id });
        else sqlite.prepare(`update contacts set ${o.column} = ? where id = ?`).run(o.value, id);
      }
    };
    const contacts = () => sqlite.prepare('select * from contacts').all() as Row[];

    // Contacts on file before the migration are counted by it.
    fc.sample(operation, { numRuns: 60, seed: 7 }).forEach(apply);
    expect((await migrator.migrateTo('0008_contact_tallies')).error).toBeUndefined();
    expect(storedTallies(sqlite)).toEqual(expectedTallies(contacts()));
    expect(storedTallies(sqlite).length).toBeGreaterThan(20);

    let repeatsSeen = 0;
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 25 }), (ops) => {
        ops.forEach(apply);
        const rows = contacts();
        repeatsSeen += rows.filter((c) => c.repeated === 1).length;
        expect(storedTallies(sqlite)).toEqual(expectedTallies(rows));
      }),
      // Seeded: an unseeded run could happen to set no repeat flag and fail the check below.
      { numRuns: 60, seed: 7 },
    );
    // Repeat flags were set along the way, so the repeats column was exercised.
    expect(repeatsSeen).toBeGreaterThan(0);

    expect((await migrator.migrateTo('0007_calls_and_stats')).error).toBeUndefined();
    expect(
      sqlite.prepare("select name from sqlite_master where name like 'contact%tall%'").all(),
    ).toEqual([]);
    sqlite.exec("delete from contacts where id like 'k%'"); // no tally trigger left to fail
    await db.destroy();
  }, 60_000);
});

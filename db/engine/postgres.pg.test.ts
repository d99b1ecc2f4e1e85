// Each SQL twin in db/engine/postgres.ts run on a real PostgreSQL (the test run's cluster)
// beside its TypeScript rule and beside its SQLite twin (db/engine/sqlite.ts) on the same
// values, edges included: exactly 7 days, exactly 10 minutes, exactly 30 seconds, 23:30 UTC in
// summer (the next London day) and the instants the clocks change from 2024 to 2030.
import SQLite from 'better-sqlite3';
import fc from 'fast-check';
import { Kysely, sql, type RawBuilder } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../server/test/fresh-database';
import { waitSeconds as waitSecondsTs } from '../../shared/domain/visits';
import { withinLimit as withinLimitTs } from '../../shared/metrics/counts';
import { firstContactResolution, withinRepeatWindow } from '../../shared/metrics/fcr';
import { answerSeconds } from '../../shared/metrics/telephone';
import { londonDateOf } from '../../shared/time/london';
import { AppSqliteDialect } from '../dialect';
import { POSTGRES, SQLITE, engineOf, type Engine } from './engine';

const sqliteDb = new Kysely<unknown>({ dialect: new AppSqliteDialect(new SQLite(':memory:')) });
afterAll(() => sqliteDb.destroy());

type Db = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function one<T>(db: Db, expression: RawBuilder<T>): Promise<T> {
  const { rows } = await sql<{ v: T }>`select ${expression} as v`.execute(db);
  return rows[0]!.v;
}

/** One twin worked out by PostgreSQL and by SQLite on the same values. */
async function twins() {
  const fresh = await freshDatabase();
  // The session's clock on London time, as a council's server may well be: a twin must not
  // follow it (a week of timestamptz arithmetic across a clock change is not 168 hours).
  const name = new URL(fresh.url).pathname.slice(1);
  await sql`alter database ${sql.id(name)} set timezone = 'Europe/London'`.execute(fresh.connect());
  const pg = fresh.connect();
  expect(await one(pg, sql`current_setting('TimeZone')`)).toBe('Europe/London');
  expect([engineOf(pg), engineOf(sqliteDb)]).toEqual([POSTGRES, SQLITE]);
  return {
    pg,
    both: async <T>(twin: (engine: Engine) => RawBuilder<T>) => ({
      pg: await one(pg, twin(POSTGRES)),
      sqlite: await one(sqliteDb, twin(SQLITE)),
    }),
  };
}

/** fast-check's settings: seeded, so a failure is the same on every run. */
const runs = (numRuns: number) => ({ numRuns, seed: 23 });
const iso = (ms: number) => new Date(ms).toISOString();
/** A stored instant: text, as in the mirrored columns. */
const at = (ms: number) => sql`cast(${iso(ms)} as text)`;
const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 86_400_000;
/** 2024 to 2030: the clock changes of seven years. */
const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2031, 0, 1) });
/** 01:00 UTC on the last Sunday of March and of October, 2024 to 2030. */
const CHANGES = [2024, 2025, 2026, 2027, 2028, 2029, 2030].flatMap((year) =>
  [2, 9].map((month) => {
    const last = new Date(Date.UTC(year, month + 1, 0, 1)); // the month's last day, 01:00
    return last.getTime() - last.getUTCDay() * DAY;
  }),
);
/** The clock changes, a millisecond and an hour either side, and midnight UTC either side. */
const AROUND_CHANGES = CHANGES.flatMap((t) =>
  [0, 1, -1, HOUR, -HOUR, -HOUR - 1, 23 * HOUR, -2 * HOUR].map((d) => t + d),
);

describe('answer time', () => {
  it('is the same on PostgreSQL as in shared/metrics/telephone.ts and on SQLite', async () => {
    const { both } = await twins();
    const cases: [number, number][] = [
      [Date.UTC(2026, 10, 23, 9), 30_000], // exactly 30 s: within
      [Date.UTC(2026, 10, 23, 9), 30_001], // a millisecond more: not
      [Date.UTC(2026, 2, 29, 0, 59, 50), 20_000], // across the spring change: 20 s still
      [Date.UTC(2024, 0, 1), 7 * 365 * DAY], // years of milliseconds: more than int4 holds
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.tuple(fc.oneof(instant, fc.constantFrom(...AROUND_CHANGES)), fc.nat(HOUR)),
          fc.constantFrom(...cases),
        ),
        async ([queued, waited]) => {
          const seconds = answerSeconds(iso(queued), iso(queued + waited));
          const ms = await both((e) => e.answerMs(at(queued), at(queued + waited)));
          expect(ms.pg).toBe(ms.sqlite); // a number, not a bigint's string
          expect(ms.pg / 1000).toBe(seconds);
          const within = await both((e) =>
            e.withinLimit(e.answerMs(at(queued), at(queued + waited)), 30_000),
          );
          const inTs = withinLimitTs(seconds, 30);
          expect(within).toEqual({ pg: inTs, sqlite: Number(inTs) });
        },
      ),
      runs(300),
    );
  });
});

describe('wait seconds', () => {
  it('is the same on PostgreSQL as in shared/domain/visits.ts and on SQLite', async () => {
    const { both } = await twins();
    const edges = [0, 599_999, 600_000, 600_999, 601_000, -5_000, -1, -999, -1000, -1001];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(instant, fc.constantFrom(...AROUND_CHANGES)),
        fc.option(fc.integer({ min: -15 * MINUTE, max: 15 * MINUTE }), { nil: null }),
        fc.oneof(fc.integer({ min: -MINUTE, max: 30 * MINUTE }), fc.constantFrom(...edges)),
        async (arrived, appointmentAfter, seenAfter) => {
          const appointment = appointmentAfter === null ? null : arrived + appointmentAfter;
          const seen = Math.max(arrived, appointment ?? arrived) + seenAfter;
          const inTs = waitSecondsTs(
            new Date(arrived),
            appointment === null ? null : new Date(appointment),
            new Date(seen),
            new Date(seen),
          );
          const wait = (e: Engine) =>
            e.waitSeconds(
              at(arrived),
              appointment === null ? sql`null` : at(appointment),
              at(seen),
            );
          expect(await both(wait)).toEqual({ pg: inTs, sqlite: inTs });
          const within = withinLimitTs(inTs, 600);
          expect(await both((e) => e.withinLimit(wait(e), 600))).toEqual({
            pg: within,
            sqlite: Number(within),
          });
        },
      ),
      runs(300),
    );
  });
});

describe('the repeat window', () => {
  it('is the same on PostgreSQL as in shared/metrics/fcr.ts and on SQLite', async () => {
    const { both } = await twins();
    const edges = [7 * DAY, 7 * DAY + 1, 7 * DAY - 1, 0, 1, -1];
    // Seven days before and after each clock change: 168 hours of UTC time either way.
    const starts = AROUND_CHANGES.flatMap((t) => [t, t - 7 * DAY, t - 7 * DAY - HOUR / 2]);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(instant, fc.constantFrom(...starts)),
        fc.oneof(fc.integer({ min: -DAY, max: 8 * DAY }), fc.constantFrom(...edges)),
        async (start, later) => {
          const inTs = withinRepeatWindow(iso(start), iso(start + later));
          const follows = await both((e) =>
            e.followsWithinRepeatWindow(at(start), at(start + later)),
          );
          expect(follows).toEqual({ pg: inTs, sqlite: Number(inTs) });
          const end = iso(start + 7 * DAY);
          expect(await both((e) => e.repeatWindowEnd(at(start)))).toEqual({ pg: end, sqlite: end });
        },
      ),
      runs(300),
    );
  });

  it('marks the same contacts repeated on PostgreSQL as in shared/metrics/fcr.ts and on SQLite', async () => {
    const { pg } = await twins();
    const create = sql`create table contacts (id text primary key, customer_id text,
      service_id text not null, direction text not null, outcome text not null,
      voided_at text, started_at text not null)`;
    await create.execute(pg);
    await create.execute(sqliteDb);
    const contactsArb = fc.array(
      fc.record({
        start: fc.oneof(fc.constantFrom(...CHANGES), instant),
        days: fc.constantFrom(0, 1, 6, 7, 8),
        nudge: fc.constantFrom(0, 1, -1, HOUR),
        customer: fc.constantFrom('ann', 'bob', null),
        service: fc.constantFrom('tax', 'tax', 'bins'),
        resolved: fc.boolean(),
        inbound: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
        voided: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      }),
      { minLength: 1, maxLength: 20 },
    );
    let repeats = 0;
    await fc.assert(
      fc.asyncProperty(contactsArb, async (generated) => {
        // Most contacts start near the first, so that some follow it within the window.
        const first = generated[0]!.start;
        const contacts = generated.map((c, i) => ({
          id: `c${i}`,
          customerId: c.customer,
          serviceId: c.service,
          direction: c.inbound ? ('inbound' as const) : ('outbound' as const),
          outcome: c.resolved ? ('resolved' as const) : ('handed_off' as const),
          voided: c.voided,
          startedAt: iso((i % 4 === 3 ? c.start : first) + c.days * DAY + c.nudge),
        }));
        const repeated: Record<string, string[]> = {};
        for (const [name, db, engine] of [
          ['pg', pg, POSTGRES],
          ['sqlite', sqliteDb, SQLITE],
        ] as const) {
          await sql`delete from contacts`.execute(db);
          for (const c of contacts) {
            await sql`insert into contacts values (${c.id}, ${c.customerId}, ${c.serviceId},
              ${c.direction}, ${c.outcome}, ${c.voided ? c.startedAt : null}, ${c.startedAt})`.execute(
              db,
            );
          }
          const { rows } = await sql<{ id: string }>`select id from contacts c
            where ${engine.repeatedContact('c')} order by id`.execute(db);
          repeated[name] = rows.map((r) => r.id);
        }
        expect(repeated.pg).toEqual(repeated.sqlite);
        expect(repeated.pg!.length).toBe(firstContactResolution(contacts).repeats);
        repeats += repeated.pg!.length;
      }),
      runs(100),
    );
    expect(repeats).toBeGreaterThan(20); // the runs did find repeated contacts
  });
});

describe('the London day', () => {
  it('is the same on PostgreSQL as in shared/time/london.ts and on SQLite', async () => {
    const { both } = await twins();
    const cases = [
      '2026-07-01T23:30:00.000Z', // 00:30 BST on 2 July
      '2026-12-01T23:30:00.000Z', // 23:30 GMT on 1 December
      '2026-03-29T23:00:00.000Z', // midnight BST: 30 March
      '2026-10-24T23:00:00.000Z', // midnight BST: 25 October, the day they go back
      '2026-10-25T23:30:00.000Z', // 23:30 GMT: still 25 October
    ].map(Date.parse);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(instant, fc.constantFrom(...cases, ...AROUND_CHANGES)),
        async (ms) => {
          const day = londonDateOf(ms);
          expect(await both((e) => e.londonDate(at(ms)))).toEqual({ pg: day, sqlite: day });
        },
      ),
      runs(500),
    );
    expect(londonDateOf(cases[0]!)).toBe('2026-07-02');
    for (const t of AROUND_CHANGES) {
      const day = londonDateOf(t);
      expect(await both((e) => e.londonDate(at(t))), iso(t)).toEqual({ pg: day, sqlite: day });
    }
  });
});

describe('each engine’s ways with text instants, sums and the planner', () => {
  it('groups by the UTC hour as the text would', async () => {
    const { both } = await twins();
    await fc.assert(
      fc.asyncProperty(fc.oneof(instant, fc.constantFrom(...AROUND_CHANGES)), async (ms) => {
        const hour = iso(ms).slice(0, 13);
        expect(await both((e) => e.utcHour(at(ms)))).toEqual({ pg: hour, sqlite: hour });
      }),
      runs(200),
    );
  });

  it('sums to 0 over no rows, and counts where a condition holds, null counting for nothing', async () => {
    const { pg } = await twins();
    const over = async (db: Db, e: Engine, values: string) => {
      const { rows } = await sql<{ total: number; within: number | null }>`
        select ${e.sumOrZero(sql`x`)} as total, ${e.countWhere(e.withinLimit(sql`x`, 600))} as within
        from (${sql.raw(values)}) as t`.execute(db);
      return rows[0];
    };
    const cases = [
      ['select 1 as x where 1 = 0', { total: 0, within: null }],
      ['select 600 as x union all select 601 union all select 10', { total: 1211, within: 2 }],
      ['select null as x union all select 900', { total: 900, within: 0 }],
      ['select cast(null as integer) as x', { total: 0, within: null }],
    ] as const;
    for (const [values, expected] of cases) {
      expect(await over(pg, POSTGRES, values), values).toEqual(expected);
      expect(await over(sqliteDb, SQLITE, values), values).toEqual(expected);
    }
  });

  it('keeps a subquery whole, and takes the index and planner hints as nothing', async () => {
    const { pg } = await twins();
    await sql`create table calls (id integer primary key, at text not null)`.execute(pg);
    await sql`create index calls_at on calls (at)`.execute(pg);
    const rows = [at(Date.UTC(2026, 10, 23, 10)), at(Date.UTC(2026, 10, 23, 11))];
    await sql`insert into calls values (1, ${rows[0]}), (2, ${rows[1]})`.execute(pg);
    const { rows: counted } = await sql<{ n: number }>`
      select ${POSTGRES.countWhere(sql`at < '2026-11-23T10:30:00.000Z'`)} as n
      from (select ${POSTGRES.unindexed(sql`at`)} as at from calls ${POSTGRES.indexedBy('calls_at')}
        ${POSTGRES.KEEP_SUBQUERY}) as kept`.execute(pg);
    expect(counted[0]!.n).toBe(1);
    expect(() => POSTGRES.indexedBy('calls_at; drop table calls')).toThrow(/Not an index name/);
  });
});

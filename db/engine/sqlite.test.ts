// Each SQL twin in db/engine/sqlite.ts run on a real SQLite database beside its TypeScript
// rule on the same values, edges included: exactly 7 days, exactly 10 minutes, exactly 30
// seconds, 23:30 UTC in summer (the next London day) and the instants the clocks change.
import SQLite from 'better-sqlite3';
import fc from 'fast-check';
import { Kysely, sql, type RawBuilder } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { waitSeconds as waitSecondsTs } from '../../shared/domain/visits';
import { withinLimit as withinLimitTs } from '../../shared/metrics/counts';
import { withinRepeatWindow } from '../../shared/metrics/fcr';
import { answerSeconds } from '../../shared/metrics/telephone';
import { londonDateOf } from '../../shared/time/london';
import { AppSqliteDialect } from '../dialect';
import {
  answerMs,
  countWhere,
  followsWithinRepeatWindow,
  londonDate,
  sumOrZero,
  utcHour,
  waitSeconds,
  withinLimit,
} from './sqlite';

const sqlite = new SQLite(':memory:');
const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
afterAll(() => db.destroy());

/** One value worked out by SQLite. */
async function inSql<T>(expression: RawBuilder<T>): Promise<T> {
  const { rows } = await sql<{ v: T }>`select ${expression} as v`.execute(db);
  return rows[0]!.v;
}

const iso = (ms: number) => new Date(ms).toISOString();
const at = (ms: number) => sql`${iso(ms)}`;
const MINUTE = 60_000;
const DAY = 86_400_000;
/** 2024 to 2030: the clock changes of seven years. */
const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2031, 0, 1) });

describe('answer time', () => {
  it('is the same in SQL as in shared/metrics/telephone.ts, and within 30 seconds alike', async () => {
    const cases: [number, number][] = [
      [Date.UTC(2026, 10, 23, 9), 30_000], // exactly 30 s: within
      [Date.UTC(2026, 10, 23, 9), 30_001], // a millisecond more: not
      [Date.UTC(2026, 2, 29, 0, 59, 50), 20_000], // across the spring change: 20 s still
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.tuple(instant, fc.integer({ min: 0, max: 3_600_000 })),
          fc.constantFrom(...cases),
        ),
        async ([queued, waited]) => {
          const ms = await inSql(answerMs(at(queued), at(queued + waited)));
          const seconds = answerSeconds(iso(queued), iso(queued + waited));
          expect(ms / 1000).toBe(seconds);
          expect(Boolean(await inSql(withinLimit(sql`${ms}`, 30_000)))).toBe(
            withinLimitTs(seconds, 30),
          );
        },
      ),
      { numRuns: 300 },
    );
    expect(await inSql(withinLimit(answerMs(at(0), at(30_000)), 30_000))).toBe(1);
    expect(await inSql(withinLimit(answerMs(at(0), at(30_001)), 30_000))).toBe(0);
  });
});

describe('wait seconds', () => {
  it('is the same in SQL as in shared/domain/visits.ts, and within 10 minutes alike', async () => {
    const edges = [0, 599_999, 600_000, 600_999, 601_000, -5_000];
    await fc.assert(
      fc.asyncProperty(
        instant,
        fc.option(fc.integer({ min: -15 * MINUTE, max: 15 * MINUTE }), { nil: null }),
        fc.oneof(fc.integer({ min: -MINUTE, max: 30 * MINUTE }), fc.constantFrom(...edges)),
        async (arrived, appointmentAfter, seenAfter) => {
          const appointment = appointmentAfter === null ? null : arrived + appointmentAfter;
          const start = Math.max(arrived, appointment ?? arrived);
          const seen = start + seenAfter;
          const inTs = waitSecondsTs(
            new Date(arrived),
            appointment === null ? null : new Date(appointment),
            new Date(seen),
            new Date(seen),
          );
          const appointmentSql = appointment === null ? sql`null` : at(appointment);
          const wait = await inSql(waitSeconds(at(arrived), appointmentSql, at(seen)));
          expect(wait).toBe(inTs);
          expect(Boolean(await inSql(withinLimit(sql`${wait}`, 600)))).toBe(
            withinLimitTs(inTs, 600),
          );
        },
      ),
      { numRuns: 300 },
    );
    // Seen exactly 10 minutes after arrival is within 10 minutes; 601 s is not.
    const arrived = Date.UTC(2026, 10, 23, 10);
    const within = (seenAfter: number) =>
      inSql(withinLimit(waitSeconds(at(arrived), sql`null`, at(arrived + seenAfter)), 600));
    expect([await within(600_000), await within(600_999), await within(601_000)]).toEqual([
      1, 1, 0,
    ]);
  });
});

describe('the repeat window', () => {
  it('is the same in SQL as in shared/metrics/fcr.ts, clock changes included', async () => {
    const edges = [7 * DAY, 7 * DAY + 1, 7 * DAY - 1, 0, 1, -1];
    // Seven days from the Sunday before a clock change: 168 hours of UTC time either way.
    const changes = [Date.UTC(2026, 2, 22, 23, 30), Date.UTC(2026, 9, 18, 23, 30)];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(instant, fc.constantFrom(...changes)),
        fc.oneof(fc.integer({ min: -DAY, max: 8 * DAY }), fc.constantFrom(...edges)),
        async (start, later) => {
          const inSqlite = await inSql(followsWithinRepeatWindow(at(start), at(start + later)));
          expect(Boolean(inSqlite)).toBe(withinRepeatWindow(iso(start), iso(start + later)));
        },
      ),
      { numRuns: 300 },
    );
    const start = Date.UTC(2026, 9, 20, 10);
    const follows = (later: number) => inSql(followsWithinRepeatWindow(at(start), at(later)));
    expect([await follows(start + 7 * DAY), await follows(start + 7 * DAY + 1)]).toEqual([1, 0]);
  });
});

describe('the London day', () => {
  it('is the same in SQL as in shared/time/london.ts on any instant', async () => {
    await fc.assert(
      fc.asyncProperty(instant, async (ms) => {
        expect(await inSql(londonDate(at(ms)))).toBe(londonDateOf(ms));
      }),
      { numRuns: 500 },
    );
  });

  it('puts 23:30 UTC in summer on the next London day, and in winter on the same one', async () => {
    const cases = [
      '2026-07-01T23:30:00.000Z', // 00:30 BST on 2 July
      '2026-12-01T23:30:00.000Z', // 23:30 GMT on 1 December
      '2026-03-28T23:59:59.999Z', // the night before the clocks go forward: still GMT
      '2026-03-29T00:59:59.999Z', // 00:59 GMT on the day they do
      '2026-03-29T23:00:00.000Z', // midnight BST: 30 March
      '2026-10-24T23:00:00.000Z', // midnight BST: 25 October, the day they go back
      '2026-10-25T00:59:59.999Z', // 01:59 BST
      '2026-10-25T01:00:00.000Z', // 01:00 GMT again
      '2026-10-25T23:30:00.000Z', // 23:30 GMT: still 25 October
    ];
    for (const t of cases) expect(await inSql(londonDate(sql`${t}`)), t).toBe(londonDateOf(t));
    expect(await inSql(londonDate(sql`${cases[0]}`))).toBe('2026-07-02');
  });
});

describe('SQLite’s ways with text instants and sums', () => {
  it('groups by the UTC hour as the text would', async () => {
    await fc.assert(
      fc.asyncProperty(instant, async (ms) => {
        const t = iso(ms);
        expect(await inSql(utcHour(sql`${t}`))).toBe(t.slice(0, 13));
      }),
      { numRuns: 200 },
    );
  });

  it('sums to 0 over no rows, and counts where a condition holds', async () => {
    const { rows } = await sql<{ total: number; within: number | null }>`
      select ${sumOrZero(sql`x`)} as total, ${countWhere(sql`x <= 600`)} as within
      from (select 1 as x where 0)`.execute(db);
    expect(rows[0]).toEqual({ total: 0, within: null });
    const { rows: some } = await sql<{ within: number }>`
      select ${countWhere(withinLimit(sql`x`, 600))} as within
      from (select 600 as x union all select 601 union all select 10)`.execute(db);
    expect(some[0]!.within).toBe(2);
  });
});

// The migrations keep frozen copies of two rules in SQL: the repeat-contact flag of 0007's
// triggers (voided contacts left out by 0021's) and the London day of 0008's tallies. On a
// freshly migrated database, after contacts are recorded (some late, out of order), voided and
// deleted around the 7-day boundary and across the clock changes at midnight London time,
// each must agree with the engine module's twin (db/engine/sqlite.ts) and the TypeScript rule
// (shared/metrics/fcr.ts, shared/time/london.ts), as must the bulk loads' markRepeatedContacts.
import SQLite from 'better-sqlite3';
import fc from 'fast-check';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstContactResolution, type FcrContact } from '../../shared/metrics/fcr';
import { londonDateOf } from '../../shared/time/london';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas, migrateToLatest } from '../open';
import { markRepeatedContacts } from '../queries/stats/repeats';
import type { Database } from '../schema';
import { londonDate, repeatedContact } from './sqlite';

const DAY = 86_400_000;
/** Midnight London either side of each clock change of 2026, and an hour around it. */
const BASES = [
  '2026-03-28T00:00:00.000Z', // midnight GMT, the day before the clocks go forward
  '2026-03-29T00:00:00.000Z', // midnight GMT, the day they do
  '2026-03-29T23:00:00.000Z', // midnight BST, the day after
  '2026-10-24T23:00:00.000Z', // midnight BST, the day they go back
  '2026-10-25T23:30:00.000Z', // 23:30 GMT, the same day
  '2026-07-01T23:30:00.000Z', // 23:30 UTC in summer: 00:30 the next London day
].map(Date.parse);
const NUDGES = [0, 1, -1, 3_600_000, -3_600_000, 30 * 60_000];

const contactsArb = fc.array(
  fc.record({
    base: fc.nat({ max: BASES.length - 1 }),
    days: fc.constantFrom(0, 6, 7, 8, 14),
    nudge: fc.constantFrom(...NUDGES),
    customer: fc.constantFrom('ann', 'bob', null),
    service: fc.constantFrom('tax', 'bins'),
    resolved: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
    inbound: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
    fate: fc.constantFrom('kept', 'kept', 'kept', 'voided', 'deleted'),
  }),
  { minLength: 1, maxLength: 25 },
);

type Generated = typeof contactsArb extends fc.Arbitrary<(infer R)[]> ? R : never;

const contact = (base: number, days: 0 | 7, nudge: number): Generated => ({
  base,
  days,
  nudge,
  customer: 'ann',
  service: 'tax',
  resolved: true,
  inbound: true,
  fate: 'kept',
});
/** Always tried: exactly 7 days on across the spring change (a repeat), and a millisecond
 * more across the autumn one (not a repeat). */
const EDGES = [
  [contact(0, 0, 0), contact(0, 7, 0)],
  [contact(3, 0, 0), contact(3, 7, 1)],
];

let sqlite: SQLite.Database;
let db: Kysely<Database>;

beforeAll(async () => {
  sqlite = new SQLite(':memory:');
  applyPragmas(sqlite);
  // Foreign keys off: the contacts need no services, staff or sites on file here.
  sqlite.pragma('foreign_keys = OFF');
  db = new Kysely<Database>({ dialect: new AppSqliteDialect(sqlite) });
  await migrateToLatest(db);
});
afterAll(() => db.destroy());

describe('the migrations’ SQL, the engine’s twins and the TypeScript rules', () => {
  it('agree on every repeat flag and every London day', async () => {
    const insert = sqlite.prepare(
      `insert into contacts (id, channel, direction, service_id, interaction_type_id,
         customer_type_id, customer_id, outcome, notes, started_at, ended_at, staff_id, site_id,
         recorded_at, updated_at)
       values (?, 'telephone', ?, ?, 'it', 'ct', ?, ?, '', ?, ?, 'st', 's1', ?, ?)`,
    );
    await fc.assert(
      fc.asyncProperty(contactsArb, async (generated) => {
        sqlite.exec('delete from contacts');
        const rows = generated.map((g, i) => ({
          ...g,
          id: `c${String(i).padStart(2, '0')}`,
          startedAt: new Date(BASES[g.base]! + g.days * DAY + g.nudge).toISOString(),
        }));
        // Recorded in any order: a contact entered late still makes an earlier one a repeat.
        for (const r of rows)
          insert.run(
            r.id,
            r.inbound ? 'inbound' : 'outbound',
            r.service,
            r.customer,
            r.resolved ? 'resolved' : 'callback_promised',
            r.startedAt,
            r.startedAt,
            r.startedAt,
            r.startedAt,
          );
        for (const r of rows.filter((x) => x.fate === 'voided'))
          sqlite
            .prepare(
              `update contacts set voided_at = ?, voided_by = 'st', void_reason = 'wrong'
               where id = ?`,
            )
            .run(r.startedAt, r.id);
        for (const r of rows.filter((x) => x.fate === 'deleted'))
          sqlite.prepare('delete from contacts where id = ?').run(r.id);

        const onFile = rows.filter((r) => r.fate !== 'deleted');
        const asFcr: FcrContact[] = onFile.map((r) => ({
          id: r.id,
          outcome: r.resolved ? 'resolved' : 'callback_promised',
          direction: r.inbound ? 'inbound' : 'outbound',
          voided: r.fate === 'voided',
          customerId: r.customer,
          serviceId: r.service,
          startedAt: r.startedAt,
        }));
        const byRule = Object.fromEntries(
          asFcr.map((c) => [c.id, firstContactResolution([c], { laterContacts: asFcr }).repeats]),
        );
        const { rows: flags } = await sql<{ id: string; trigger: number; twin: number }>`
          select c.id, c.repeated as trigger, ${repeatedContact('c')} as twin
          from contacts c order by c.id`.execute(db);
        expect(Object.fromEntries(flags.map((f) => [f.id, f.trigger]))).toEqual(byRule);
        expect(Object.fromEntries(flags.map((f) => [f.id, f.twin]))).toEqual(byRule);

        // 0008's London day, as its tallies hold it, against the twin and the time zone database.
        const kept = onFile.filter((r) => r.fate === 'kept');
        const perDay = (dates: string[]) =>
          dates.reduce<Record<string, number>>((m, d) => ({ ...m, [d]: (m[d] ?? 0) + 1 }), {});
        const { rows: tallies } = await sql<{ date: string; contacts: number }>`
          select date, sum(contacts) as contacts from contact_site_tallies
          where dimension = 'channel' group by date having sum(contacts) <> 0`.execute(db);
        const { rows: twinDays } = await sql<{ id: string; date: string }>`
          select c.id, ${londonDate(sql`c.started_at`)} as date from contacts c
          where c.voided_at is null order by c.id`.execute(db);
        const byTs = perDay(kept.map((r) => londonDateOf(r.startedAt)));
        expect(Object.fromEntries(tallies.map((t) => [t.date, t.contacts]))).toEqual(byTs);
        expect(twinDays).toEqual(
          [...kept]
            .sort((a, b) => a.id.localeCompare(b.id))
            .map((r) => ({ id: r.id, date: londonDateOf(r.startedAt) })),
        );

        // The bulk loads' recomputation gives back exactly the triggers' flags.
        sqlite.exec('update contacts set repeated = 1 - repeated');
        markRepeatedContacts(sqlite);
        const { rows: marked } = await sql<{ id: string; repeated: number }>`
          select id, repeated from contacts order by id`.execute(db);
        expect(Object.fromEntries(marked.map((m) => [m.id, m.repeated]))).toEqual(byRule);
      }),
      { numRuns: 60, examples: EDGES.map((e): [Generated[]] => [e]) },
    );
  });
});

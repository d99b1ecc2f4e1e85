// 0021 adds the void columns and makes the tally and repeat-contact triggers treat a voided
// contact as absent. After any mix of inserts, corrections, deletes, voids and un-voids, every
// tally must equal a count of the contacts on file that are not void, and every repeat flag
// must follow the handbook's rule over those contacts alone; migrating down counts them all.
import SQLite from 'better-sqlite3';
import fc from 'fast-check';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { londonDateOf } from '../../shared/time/london';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

const NAME = '0021_void_contacts';
const BEFORE = Object.keys(MIGRATIONS)[Object.keys(MIGRATIONS).indexOf(NAME) - 1]!;

interface Row {
  id: string;
  channel: string;
  direction: string;
  service_id: string;
  interaction_type_id: string;
  customer_type_id: string;
  customer_id: string | null;
  outcome: string;
  started_at: string;
  staff_id: string;
  site_id: string;
  repeated: number;
  voided_at?: string | null;
}

const WEEK_MS = 7 * 86_400_000;

/** The handbook's repeat rule over the contacts that count. */
function expectedRepeats(rows: Row[], voidAware: boolean): Record<string, number> {
  const live = rows.filter((r) => !voidAware || !r.voided_at);
  const out: Record<string, number> = {};
  for (const c of rows) {
    const t = Date.parse(c.started_at);
    out[c.id] = Number(
      live.includes(c) &&
        c.direction === 'inbound' &&
        c.outcome === 'resolved' &&
        c.customer_id !== null &&
        live.some(
          (r) =>
            r.customer_id === c.customer_id &&
            r.service_id === c.service_id &&
            r.direction === 'inbound' &&
            Date.parse(r.started_at) > t &&
            Date.parse(r.started_at) <= t + WEEK_MS,
        ),
    );
  }
  return out;
}

/** Each tally as the contacts that count would make it. */
function expectedTallies(rows: Row[], voidAware: boolean): string[] {
  const counts = new Map<string, number[]>();
  const add = (key: string[], r: Row) => {
    const id = key.join('|');
    const c = counts.get(id) ?? [0, 0, 0, 0];
    const inbound = r.direction === 'inbound';
    c[0]! += 1;
    c[1]! += Number(inbound);
    c[2]! += Number(inbound && r.outcome === 'resolved');
    c[3]! += r.repeated;
    counts.set(id, c);
  };
  for (const r of rows) {
    if (voidAware && r.voided_at) continue;
    const date = londonDateOf(r.started_at);
    add(['contact_hours', r.started_at.slice(0, 13), r.site_id, r.staff_id], r);
    const dims: [string, string][] = [
      ['channel', r.channel],
      ['service', r.service_id],
      ['interaction_type', r.interaction_type_id],
      ['customer_type', r.customer_type_id],
    ];
    for (const [d, k] of [...dims, ['staff', r.staff_id] as [string, string]])
      add(['contact_site_tallies', date, r.site_id, d, k], r);
    for (const [d, k] of dims) add(['contact_staff_tallies', r.staff_id, date, r.site_id, d, k], r);
  }
  return [...counts].map(([id, c]) => `${id}=${c.join(',')}`).sort();
}

function storedTallies(sqlite: SQLite.Database): string[] {
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

const operation = fc.oneof(
  fc.record({
    op: fc.constant('add' as const),
    at: fc.integer({ min: Date.UTC(2026, 9, 22), max: Date.UTC(2026, 10, 3) }),
    customer: fc.option(fc.constantFrom('c1', 'c2'), { nil: null }),
    service: fc.constantFrom('tax', 'bins'),
    channel: fc.constantFrom('telephone', 'email'),
    staff: fc.constantFrom('st1', 'st2'),
    outcome: fc.constantFrom('resolved', 'resolved', 'callback_promised'),
    inbound: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('correct' as const),
    which: fc.nat(),
    column: fc.constantFrom('service_id', 'outcome', 'customer_id'),
    value: fc.constantFrom('tax', 'bins', 'resolved', 'handed_off', 'c1', 'c2'),
  }),
  fc.record({ op: fc.constant('void' as const), which: fc.nat() }),
  fc.record({ op: fc.constant('unvoid' as const), which: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), which: fc.nat() }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

describe(`${NAME} (from ${BEFORE})`, () => {
  it('keeps voided contacts out of the tallies and repeat flags, and migrates down again', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    // Foreign keys off: the contacts need no services, staff or sites on file here.
    sqlite.pragma('foreign_keys = OFF');
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();

    const insert = sqlite.prepare(
      `insert into contacts (id, channel, direction, service_id, interaction_type_id, customer_type_id,
         customer_id, outcome, notes, started_at, ended_at, staff_id, site_id, recorded_at, updated_at)
       values (@id, @channel, @direction, @service, 'it', 'ct', @customer, @outcome, '', @at, @at,
         @staff, 's1', @at, @at)`,
    );
    const add = (id: string, at: string, customer: string | null, outcome = 'resolved') =>
      insert.run({
        id,
        channel: 'telephone',
        direction: 'inbound',
        service: 'tax',
        customer,
        outcome,
        at,
        staff: 'st1',
      });
    // k1 is repeated by k2 (same customer and service, 3 hours later); k3 is anonymous.
    add('k1', '2026-11-23T09:00:00.000Z', 'c1');
    add('k2', '2026-11-23T12:00:00.000Z', 'c1');
    add('k3', '2026-11-23T10:00:00.000Z', null, 'callback_promised');
    const contacts = () => sqlite.prepare('select * from contacts order by id').all() as Row[];
    const flags = () =>
      Object.fromEntries(contacts().map((r) => [r.id, r.repeated])) as Record<string, number>;
    const before = storedTallies(sqlite);

    expect((await migrator.migrateTo(NAME)).error).toBeUndefined();
    expect(sqlite.prepare('select voided_at, voided_by, void_reason from contacts').all()).toEqual(
      Array(3).fill({ voided_at: null, voided_by: null, void_reason: null }),
    );
    expect(storedTallies(sqlite)).toEqual(before);
    expect(flags()).toEqual({ k1: 1, k2: 0, k3: 0 });
    // The three void columns go together.
    expect(() =>
      sqlite.exec("update contacts set voided_at = '2026-11-23T13:00:00.000Z' where id = 'k2'"),
    ).toThrow(/CHECK/);

    // Voiding k2: it leaves every tally, and k1 is no longer a repeat.
    sqlite.exec(`update contacts set voided_at = '2026-11-23T13:00:00.000Z', voided_by = 'st1',
      void_reason = 'Recorded twice.' where id = 'k2'`);
    expect(flags()).toEqual({ k1: 0, k2: 0, k3: 0 });
    expect(storedTallies(sqlite)).toEqual(expectedTallies(contacts(), true));
    expect(
      sqlite
        .prepare(
          "select contacts, completed, resolved, repeats from contact_site_tallies where dimension = 'channel'",
        )
        .get(),
    ).toEqual({ contacts: 2, completed: 2, resolved: 1, repeats: 0 });
    // A day's count reads the covering index alone, void filter and all.
    const plan = sqlite
      .prepare(
        `explain query plan select count(*) from contacts
         where started_at >= '2026-11-23' and started_at < '2026-11-24' and voided_at is null`,
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toMatch(/COVERING INDEX contacts_stats/);

    // Any mix of changes, voids and un-voids: the tallies and flags follow the live contacts.
    let n = 0;
    const apply = (o: Operation) => {
      const ids = contacts().map((r) => r.id);
      if (o.op === 'add') {
        n += 1;
        insert.run({
          id: `m${String(n).padStart(5, '0')}`,
          channel: o.channel,
          direction: o.inbound ? 'inbound' : 'outbound',
          service: o.service,
          customer: o.customer,
          outcome: o.outcome,
          at: new Date(o.at).toISOString(),
          staff: o.staff,
        });
        return;
      }
      const id = ids[o.which % ids.length]!;
      if (o.op === 'delete') sqlite.prepare('delete from contacts where id = ?').run(id);
      else if (o.op === 'void')
        sqlite
          .prepare(
            `update contacts set voided_at = '2026-11-23T13:00:00.000Z', voided_by = 'st1',
               void_reason = 'Wrong customer.' where id = ? and voided_at is null`,
          )
          .run(id);
      else if (o.op === 'unvoid')
        sqlite
          .prepare(
            'update contacts set voided_at = null, voided_by = null, void_reason = null where id = ?',
          )
          .run(id);
      else sqlite.prepare(`update contacts set ${o.column} = ? where id = ?`).run(o.value, id);
    };
    let voidsSeen = 0;
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 25 }), (ops) => {
        ops.forEach(apply);
        const rows = contacts();
        voidsSeen += rows.filter((r) => r.voided_at).length;
        expect(flags()).toEqual(expectedRepeats(rows, true));
        expect(storedTallies(sqlite)).toEqual(expectedTallies(rows, true));
      }),
      { numRuns: 60, seed: 21 },
    );
    expect(voidsSeen).toBeGreaterThan(0);

    // Down: every contact counts again, as it did before voids existed.
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
    const columns = (sqlite.prepare('pragma table_info(contacts)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).not.toContain('voided_at');
    expect(flags()).toEqual(expectedRepeats(contacts(), false));
    expect(storedTallies(sqlite)).toEqual(expectedTallies(contacts(), false));
    add('k9', '2026-11-24T09:00:00.000Z', 'c1'); // the old triggers still work
    expect(storedTallies(sqlite)).toEqual(expectedTallies(contacts(), false));
    await db.destroy();
  }, 60_000);
});

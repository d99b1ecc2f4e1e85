// 0007 adds the telephone queue's calls: each is answered or abandoned, never both or neither,
// and never before it reached the queue; and the repeat-contact flag its triggers keep. The
// step can be undone.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

describe('0007_calls_and_stats (from 0006)', () => {
  it('keeps calls answered or abandoned, keeps the repeat flag, and migrates down again', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    sqlite.pragma('foreign_keys = OFF');
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    expect((await migrator.migrateTo('0007_calls_and_stats')).error).toBeUndefined();
    const insert = sqlite.prepare(
      `insert into calls (id, site_id, queued_at, answered_at, abandoned_at, source, recorded_at)
       values (?, 's1', '2026-11-23T10:00:00.000Z', ?, ?, 'import', '2026-11-23T10:05:00.000Z')`,
    );
    insert.run('answered', '2026-11-23T10:00:25.000Z', null);
    insert.run('abandoned', null, '2026-11-23T10:01:00.000Z');
    expect(() =>
      insert.run('both', '2026-11-23T10:00:25.000Z', '2026-11-23T10:01:00.000Z'),
    ).toThrow(/CHECK constraint/);
    expect(() => insert.run('neither', null, null)).toThrow(/CHECK constraint/);
    expect(() => insert.run('before', '2026-11-23T09:59:00.000Z', null)).toThrow(
      /CHECK constraint/,
    );
    expect(sqlite.prepare('select count(*) as n from calls').get()).toEqual({ n: 2 });

    // The repeat flag follows every insert, correction and delete (foreign keys are off here,
    // so the contacts need no services or staff on file).
    const contact = sqlite.prepare(
      `insert into contacts (id, channel, direction, service_id, interaction_type_id, customer_type_id,
         customer_id, outcome, notes, started_at, ended_at, staff_id, site_id, recorded_at, updated_at)
       values (?, 'telephone', 'inbound', ?, 'it', 'ct', 'cust', 'resolved', '', ?, ?, 'st', 's1', ?, ?)`,
    );
    const add = (id: string, service: string, at: string) =>
      contact.run(id, service, at, at, at, at);
    const flags = () =>
      Object.fromEntries(
        (
          sqlite.prepare('select id, repeated from contacts order by id').all() as {
            id: string;
            repeated: number;
          }[]
        ).map((r) => [r.id, r.repeated]),
      );
    add('a', 'tax', '2026-11-16T10:00:00.000Z');
    add('b', 'tax', '2026-11-23T10:00:00.000Z'); // exactly 7 days later: a is repeated
    expect(flags()).toEqual({ a: 1, b: 0 });
    sqlite.prepare("update contacts set service_id = 'bins' where id = 'b'").run();
    expect(flags()).toEqual({ a: 0, b: 0 }); // corrected to another service: no longer
    sqlite
      .prepare(
        "update contacts set service_id = 'tax', started_at = '2026-11-23T10:00:00.001Z', ended_at = '2026-11-23T10:05:00.000Z' where id = 'b'",
      )
      .run();
    expect(flags()).toEqual({ a: 0, b: 0 }); // 7 days and a millisecond: outside the window
    // Recorded late: a contact on file before an earlier one is entered still counts.
    add('c', 'tax', '2026-11-20T09:00:00.000Z');
    expect(flags()).toEqual({ a: 1, b: 0, c: 1 });
    sqlite.prepare("update contacts set direction = 'outbound' where id = 'b'").run();
    expect(flags()).toEqual({ a: 1, b: 0, c: 0 }); // an outbound follow-up is not a repeat
    sqlite.prepare("delete from contacts where id = 'c'").run();
    expect(flags()).toEqual({ a: 0, b: 0 });

    expect((await migrator.migrateTo('0006_handoffs_feedback_offers')).error).toBeUndefined();
    expect(sqlite.prepare("select name from sqlite_master where name = 'calls'").all()).toEqual([]);
    await db.destroy();
  });
});

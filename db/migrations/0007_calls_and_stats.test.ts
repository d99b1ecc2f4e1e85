// 0007 adds the telephone queue's calls: each is answered or abandoned, never both or neither,
// and never before it reached the queue. The step can be undone.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

describe('0007_calls_and_stats (from 0006)', () => {
  it('keeps each call answered or abandoned, after it queued, and migrates down again', async () => {
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

    expect((await migrator.migrateTo('0006_handoffs_feedback_offers')).error).toBeUndefined();
    expect(sqlite.prepare("select name from sqlite_master where name = 'calls'").all()).toEqual([]);
    await db.destroy();
  });
});

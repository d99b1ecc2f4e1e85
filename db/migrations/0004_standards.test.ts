// Migrate to 0003, then to 0004: existing correspondence is untouched and standards take
// only the clocks and measures the app knows.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

describe('0004_standards (from 0003)', () => {
  it('adds service standards with checked clocks and measures', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    expect((await migrator.migrateTo('0003_correspondence')).error).toBeUndefined();
    sqlite.exec("insert into settings (key, value) values ('calendar.region', '\"scotland\"')");
    expect((await migrator.migrateTo('0004_standards')).error).toBeUndefined();
    expect(sqlite.prepare('select value from settings').get()).toEqual({ value: '"scotland"' });
    const insert = sqlite.prepare(
      `insert into service_standards (id, name, subject, unit, measure, thresholds) values (?, 'x', 'partner_referral', ?, 'share_within', '[]')`,
    );
    expect(() => insert.run('a', 'working_days')).not.toThrow();
    expect(() => insert.run('b', 'fortnights')).toThrow(/CHECK constraint failed/);
    await db.destroy();
  });
});

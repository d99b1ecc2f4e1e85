// 0022 adds the table of client mutation ids and the id on change-log entries (null for
// those written before); the step can be undone.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

const columns = (sqlite: SQLite.Database) =>
  (sqlite.prepare('pragma table_info(change_log)').all() as { name: string }[]).map((c) => c.name);

describe('0022_mutations', () => {
  it('adds mutations and change_log.mutation_id, and migrates down again', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    const names = Object.keys(MIGRATIONS);
    const before = names[names.indexOf('0022_mutations') - 1]!;
    expect((await migrator.migrateTo(before)).error).toBeUndefined();
    sqlite.exec(`insert into change_log (id, at, entity, entity_id, action)
      values ('c1', '2026-11-23T09:00:00.000Z', 'contacts', 'x', 'create')`);
    expect(columns(sqlite)).not.toContain('mutation_id');

    expect((await migrator.migrateTo('0022_mutations')).error).toBeUndefined();
    expect(sqlite.prepare('select mutation_id from change_log').pluck().get()).toBeNull();
    sqlite.exec(
      `insert into mutations (id, method, at) values ('m1', 'contacts.quickLog', '2026-11-23T09:01:00.000Z')`,
    );
    expect(() =>
      sqlite.exec(`insert into mutations (id, method, at) values ('m1', 'contacts.record', 'x')`),
    ).toThrow(/UNIQUE/);

    expect((await migrator.migrateTo(before)).error).toBeUndefined();
    expect(columns(sqlite)).not.toContain('mutation_id');
    expect(sqlite.prepare('select count(*) from change_log').pluck().get()).toBe(1);
    await db.destroy();
  });
});

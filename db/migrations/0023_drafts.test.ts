// 0023 adds drafts: one per member of staff per form, tied to real staff; undone cleanly.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

const tables = (sqlite: SQLite.Database) =>
  sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all();

describe('0023_drafts', () => {
  it('keeps one draft per person per form, and migrates down again', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    const names = Object.keys(MIGRATIONS);
    const before = names[names.indexOf('0023_drafts') - 1]!;
    expect((await migrator.migrateTo('0023_drafts')).error).toBeUndefined();
    sqlite.exec(`
      insert into sites (id, name, kind, ticket_prefix, opening_hours) values ('s1', 'Town Hall', 'one_stop_shop', 'A', '{}');
      insert into staff (id, username, display_name, role, home_site_id, password_hash, created_at)
        values ('st1', 'adviser', 'Amina Khan', 'adviser', 's1', 'x', '2026-12-06T09:00:00.000Z');
      insert into drafts (staff_id, form, data, updated_at) values ('st1', 'log-item', '{}', 'x');`);
    expect(() =>
      sqlite.exec(
        `insert into drafts (staff_id, form, data, updated_at) values ('st1', 'log-item', '{}', 'y')`,
      ),
    ).toThrow(/UNIQUE/);
    expect(() =>
      sqlite.exec(
        `insert into drafts (staff_id, form, data, updated_at) values ('nobody', 'log-item', '{}', 'y')`,
      ),
    ).toThrow(/FOREIGN KEY/);

    expect((await migrator.migrateTo(before)).error).toBeUndefined();
    expect(tables(sqlite)).not.toContain('drafts');
    await db.destroy();
  });
});

// 0016 adds the access log: one row per look at personal data, tied to real staff and sites,
// with only the five kinds of look the app records; the step can be undone.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

const tables = (sqlite: SQLite.Database) =>
  sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all();

describe('0016_access_log', () => {
  it('records looks by real staff, refuses unknown kinds, and migrates down again', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    const names = Object.keys(MIGRATIONS);
    const before = names[names.indexOf('0016_access_log') - 1]!;
    expect((await migrator.migrateTo(before)).error).toBeUndefined();
    expect(tables(sqlite)).not.toContain('access_log');

    expect((await migrator.migrateTo('0016_access_log')).error).toBeUndefined();
    sqlite.exec(`
      insert into sites (id, name, kind, ticket_prefix, opening_hours) values ('s1', 'Town Hall', 'one_stop_shop', 'A', '{}');
      insert into staff (id, username, display_name, role, home_site_id, password_hash, created_at)
        values ('st1', 'adviser', 'Amina Khan', 'adviser', 's1', 'x', '2026-12-06T09:00:00.000Z');
      insert into access_log (id, at, staff_id, site_id, action, customer_id, subject)
        values ('a1', '2026-12-06T09:01:00.000Z', 'st1', 's1', 'searched', null, 'smith');`);
    const look = (id: string, action: string, staff = 'st1') =>
      sqlite.exec(`insert into access_log (id, at, staff_id, site_id, action, subject)
        values ('${id}', '2026-12-06T09:02:00.000Z', '${staff}', 's1', '${action}', 'x')`);
    expect(() => look('a2', 'deleted')).toThrow(/CHECK/);
    expect(() => look('a3', 'printed', 'nobody')).toThrow(/FOREIGN KEY/);

    expect((await migrator.migrateTo(before)).error).toBeUndefined();
    expect(tables(sqlite)).not.toContain('access_log');
    await db.destroy();
  });
});

// 0026 adds the waiting-area display keys and each site's display settings: keys tied to a
// real site and member of staff, one row per key hash, sound on by default; undone cleanly.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

const tables = (sqlite: SQLite.Database) =>
  sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all();

describe('0026_display_keys', () => {
  it('keeps hashed keys for real sites and staff, sound on by default, and migrates down', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    const names = Object.keys(MIGRATIONS);
    const before = names[names.indexOf('0026_display_keys') - 1]!;
    expect((await migrator.migrateTo(before)).error).toBeUndefined();
    sqlite.exec(`
      insert into sites (id, name, kind, ticket_prefix, opening_hours) values ('s1', 'Town Hall', 'one_stop_shop', 'A', '{}');
      insert into staff (id, username, display_name, role, home_site_id, password_hash, created_at)
        values ('st1', 'admin', 'Sam Patel', 'administrator', 's1', 'x', '2026-12-06T09:00:00.000Z');`);
    expect((await migrator.migrateTo('0026_display_keys')).error).toBeUndefined();
    const key = (id: string, hash: string, site = 's1') =>
      `insert into display_keys (id, site_id, label, key_hash, created_by, created_at)
        values ('${id}', '${site}', 'Foyer', '${hash}', 'st1', '2026-12-06T09:00:00.000Z')`;
    sqlite.exec(key('k1', 'h1'));
    expect(() => sqlite.exec(key('k2', 'h1'))).toThrow(/UNIQUE/);
    expect(() => sqlite.exec(key('k3', 'h3', 'nowhere'))).toThrow(/FOREIGN KEY/);
    sqlite.exec(`insert into display_sites (id) values ('s1')`);
    expect(sqlite.prepare('select sound_on_call from display_sites').pluck().get()).toBe(1);
    expect(() => sqlite.exec(`update display_sites set sound_on_call = 2`)).toThrow(/CHECK/);

    expect((await migrator.migrateTo(before)).error).toBeUndefined();
    expect(tables(sqlite)).not.toContain('display_keys');
    expect(tables(sqlite)).not.toContain('display_sites');
    await db.destroy();
  });
});

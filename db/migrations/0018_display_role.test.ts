// 0018 rebuilds the staff table to allow the waiting-area display role: every account, its
// unique username and every row that refers to staff survive, and the step can be undone.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

const addDisplay = `insert into staff (id, username, display_name, role, home_site_id, password_hash, created_at)
  values ('st2', 'foyer', 'Foyer screen', 'display', 's1', 'scrypt$17$8$1$x$y', '2026-12-06T09:00:00.000Z')`;

describe('0018_display_role', () => {
  it('allows the display role, keeps staff and what refers to them, and migrates down again', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    const before =
      Object.keys(MIGRATIONS)[Object.keys(MIGRATIONS).indexOf('0018_display_role') - 1]!;
    expect((await migrator.migrateTo(before)).error).toBeUndefined();
    sqlite.exec(`
      insert into sites (id, name, kind, ticket_prefix, opening_hours) values ('s1', 'Town Hall', 'one_stop_shop', 'A', '{}');
      insert into staff (id, username, display_name, role, home_site_id, password_hash, created_at, must_change_password)
        values ('st1', 'adviser', 'Amina Khan', 'adviser', 's1', 'scrypt$17$8$1$x$y', '2026-11-23T09:00:00.000Z', 1);
      insert into desks (id, site_id, name, service_ids, is_open, staff_id, opened_at)
        values ('d1', 's1', 'Desk 1', '[]', 1, 'st1', '2026-11-23T09:00:00.000Z');`);
    expect(() => sqlite.exec(addDisplay)).toThrow(/CHECK/);

    expect((await migrator.migrateTo('0018_display_role')).error).toBeUndefined();
    sqlite.exec(addDisplay);
    expect(
      sqlite.prepare('select username, role, must_change_password from staff order by id').all(),
    ).toEqual([
      { username: 'adviser', role: 'adviser', must_change_password: 1 },
      { username: 'foyer', role: 'display', must_change_password: 0 },
    ]);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.prepare("select staff_id from desks where id = 'd1'").pluck().get()).toBe('st1');
    // The username stays unique and the desk still may not name a stranger.
    expect(() => sqlite.exec(addDisplay.replace("'st2'", "'st3'"))).toThrow(/UNIQUE/);
    expect(() => sqlite.exec("update desks set staff_id = 'nobody'")).toThrow(/FOREIGN KEY/);

    const refused = await migrator.migrateTo(before);
    expect(String(refused.error)).toMatch(/display accounts/);
    sqlite.exec("delete from staff where id = 'st2'");
    expect((await migrator.migrateTo(before)).error).toBeUndefined();
    expect(() => sqlite.exec(addDisplay)).toThrow(/CHECK/);
    expect(sqlite.prepare('select count(*) from staff').pluck().get()).toBe(1);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    await db.destroy();
  });
});

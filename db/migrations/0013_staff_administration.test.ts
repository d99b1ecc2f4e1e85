// 0013 marks accounts whose password an administrator made up; the staff already there keep
// the passwords they chose (unmarked), and the step can be undone.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

const columns = (sqlite: SQLite.Database) =>
  (sqlite.prepare('pragma table_info(staff)').all() as { name: string }[]).map((c) => c.name);

describe('0013_staff_administration (from 0012)', () => {
  it('adds must_change_password, 0 for existing staff, and migrates down again', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    expect((await migrator.migrateTo('0012_sign_in_protection')).error).toBeUndefined();
    sqlite.exec(`
      insert into sites (id, name, kind, ticket_prefix, opening_hours) values ('s1', 'Town Hall', 'one_stop_shop', 'A', '{}');
      insert into staff (id, username, display_name, role, home_site_id, password_hash, created_at)
        values ('st1', 'adviser', 'Amina Khan', 'adviser', 's1', 'scrypt$17$8$1$x$y', '2026-11-23T09:00:00.000Z');`);
    expect(columns(sqlite)).not.toContain('must_change_password');

    expect((await migrator.migrateTo('0013_staff_administration')).error).toBeUndefined();
    expect(sqlite.prepare('select username, must_change_password from staff').all()).toEqual([
      { username: 'adviser', must_change_password: 0 },
    ]);
    sqlite.exec("update staff set must_change_password = 1 where id = 'st1'");
    expect(() => sqlite.exec("update staff set must_change_password = 2 where id = 'st1'")).toThrow(
      /CHECK/,
    );

    expect((await migrator.migrateTo('0012_sign_in_protection')).error).toBeUndefined();
    expect(columns(sqlite)).not.toContain('must_change_password');
    expect(sqlite.prepare('select count(*) from staff').pluck().get()).toBe(1);
    await db.destroy();
  });
});

// 0012 adds the wrong-password counts and the security audit log beside the existing staff,
// who keep their accounts; the step can be undone.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

const tables = (sqlite: SQLite.Database) =>
  sqlite
    .prepare(
      "select name from sqlite_master where type = 'table' and name in ('sign_in_failures', 'audit_events') order by name",
    )
    .pluck()
    .all();

describe('0012_sign_in_protection (from 0011)', () => {
  it('counts wrong passwords per username, logs security events, and migrates down again', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    expect((await migrator.migrateTo('0011_quality_sample_contact_index')).error).toBeUndefined();
    sqlite.exec(`
      insert into sites (id, name, kind, ticket_prefix, opening_hours) values ('s1', 'Town Hall', 'one_stop_shop', 'A', '{}');
      insert into staff (id, username, display_name, role, home_site_id, password_hash, created_at)
        values ('st1', 'adviser', 'Amina Khan', 'adviser', 's1', 'scrypt$17$8$1$x$y', '2026-11-23T09:00:00.000Z');`);
    expect(tables(sqlite)).toEqual([]);

    expect((await migrator.migrateTo('0012_sign_in_protection')).error).toBeUndefined();
    expect(sqlite.prepare('select username, active from staff').all()).toEqual([
      { username: 'adviser', active: 1 },
    ]);
    const at = '2026-11-23T10:00:00.000Z';
    const failure = sqlite.prepare(
      'insert into sign_in_failures (username, failures, last_failure_at, retry_at) values (?, ?, ?, ?)',
    );
    failure.run('adviser', 5, at, '2026-11-23T10:00:02.000Z');
    expect(() => failure.run('adviser', 6, at, null)).toThrow(/UNIQUE/); // one count a username
    expect(() => failure.run('admin', 0, at, null)).toThrow(/CHECK/);
    sqlite
      .prepare(
        `insert into audit_events (id, at, kind, staff_id, username, site_id, detail)
         values ('e1', ?, 'sign_in_failed', 'st1', 'adviser', null, '{"failures":5}')`,
      )
      .run(at);
    sqlite
      .prepare(
        "insert into audit_events (id, at, kind, username) values ('e2', ?, 'sign_in_failed', 'nobody')",
      )
      .run(at);
    const plan = sqlite
      .prepare(
        "explain query plan select * from audit_events where username = 'adviser' order by at",
      )
      .all() as { detail: string }[];
    expect(plan.map((r) => r.detail).join(' ')).toMatch(/USING INDEX audit_events_username/);

    expect((await migrator.migrateTo('0011_quality_sample_contact_index')).error).toBeUndefined();
    expect(tables(sqlite)).toEqual([]);
    expect(sqlite.prepare('select count(*) from staff').pluck().get()).toBe(1);
    await db.destroy();
  });
});

// 0017 lets a complaint say it is about a named member of staff: what was logged before keeps
// the everyday visibility, only 0 or 1 is stored, marker views are indexed by who saw which
// marker when, and the step can be undone.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

const THIS = '0017_access_rules';
/** The step before this one, whichever it is as others land. */
const BEFORE = Object.keys(MIGRATIONS)[Object.keys(MIGRATIONS).indexOf(THIS) - 1]!;

const columns = (sqlite: SQLite.Database) =>
  (sqlite.prepare('pragma table_info(feedback)').all() as { name: string }[]).map((c) => c.name);
const viewIndexes = (sqlite: SQLite.Database) =>
  sqlite
    .prepare(
      "select name from sqlite_master where type = 'index' and tbl_name = 'customer_marker_views'",
    )
    .pluck()
    .all();

describe(`${THIS} (from ${BEFORE})`, () => {
  it('adds about_named_staff, 0 for what was logged before, and migrates down again', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
    sqlite.exec(`
      insert into sites (id, name, kind, ticket_prefix, opening_hours) values ('s1', 'Town Hall', 'one_stop_shop', 'A', '{}');
      insert into staff (id, username, display_name, role, home_site_id, password_hash, created_at)
        values ('st1', 'adviser', 'Amina Khan', 'adviser', 's1', 'scrypt$17$8$1$x$y', '2026-11-23T09:00:00.000Z');
      insert into departments (id, name) values ('d1', 'Revenues');
      insert into services (id, name, department_id) values ('sv1', 'Council Tax', 'd1');
      insert into feedback (id, reference, kind, service_id, channel, received_at, summary, site_id, logged_by, stage, status, updated_at)
        values ('f1', 'F-2026-000001', 'complaint', 'sv1', 'telephone', '2026-11-23T10:00:00.000Z',
          'Bill wrong', 's1', 'st1', 'stage_1', 'open', '2026-11-23T10:00:00.000Z');`);
    expect(columns(sqlite)).not.toContain('about_named_staff');
    expect(viewIndexes(sqlite)).not.toContain('customer_marker_views_seen');

    expect((await migrator.migrateTo(THIS)).error).toBeUndefined();
    expect(viewIndexes(sqlite)).toContain('customer_marker_views_seen');
    expect(sqlite.prepare('select reference, about_named_staff from feedback').all()).toEqual([
      { reference: 'F-2026-000001', about_named_staff: 0 },
    ]);
    sqlite.exec("update feedback set about_named_staff = 1 where id = 'f1'");
    expect(() => sqlite.exec("update feedback set about_named_staff = 2 where id = 'f1'")).toThrow(
      /CHECK/,
    );

    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
    expect(columns(sqlite)).not.toContain('about_named_staff');
    expect(viewIndexes(sqlite)).not.toContain('customer_marker_views_seen');
    expect(sqlite.prepare('select count(*) from feedback').pluck().get()).toBe(1);
    await db.destroy();
  });
});

// 0020 indexes the switch's calls, so "has an import a call in this hour at this site?" and
// "how many switch calls this hour?" are index lookups, not scans of every call; the calls
// already on file are indexed as they are, and the step can be undone.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

const THIS = '0020_switch_hours';
const BEFORE = Object.keys(MIGRATIONS)[Object.keys(MIGRATIONS).indexOf(THIS) - 1]!;

const HOUR_COVERED = `select 1 from calls s where s.import_id is not null and s.site_id = 's1'
  and s.queued_at >= '2026-12-04T09:00:00.000Z' and s.queued_at < '2026-12-04T10:00:00.000Z'`;
const SWITCH_CALLS = `select substr(queued_at, 1, 13), count(*) from calls
  where source = 'import' and queued_at >= '2026-12-04' and queued_at < '2026-12-05' group by 1`;

describe(`${THIS} (from ${BEFORE})`, () => {
  it('finds an hour’s imported calls and counts switch calls by index, and migrates down', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    sqlite.pragma('foreign_keys = OFF');
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    const plan = (query: string) =>
      (sqlite.prepare(`explain query plan ${query}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join('; ');
    const found = () => sqlite.prepare(HOUR_COVERED).pluck().all();
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
    const insert = sqlite.prepare(
      `insert into calls (id, site_id, queued_at, answered_at, source, recorded_at, import_id)
       values (?, 's1', ?, ?, ?, '2026-12-04T18:00:00.000Z', ?)`,
    );
    insert.run('k1', '2026-12-04T09:05:00.000Z', '2026-12-04T09:05:10.000Z', 'import', 'i1');
    insert.run('k2', '2026-12-04T10:05:00.000Z', '2026-12-04T10:05:30.000Z', 'adviser', null);
    expect(plan(HOUR_COVERED)).not.toContain('calls_imported_hours');

    expect((await migrator.migrateTo(THIS)).error).toBeUndefined();
    expect(plan(HOUR_COVERED)).toContain(
      'USING INDEX calls_imported_hours (site_id=? AND queued_at>? AND queued_at<?)',
    );
    expect(plan(SWITCH_CALLS)).toContain('USING COVERING INDEX calls_from_switch');
    expect(found()).toEqual([1]); // the call imported before the step is in the index
    expect(sqlite.prepare(SWITCH_CALLS).raw().all()).toEqual([['2026-12-04T09', 1]]);

    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
    const names = sqlite.prepare("select name from sqlite_master where type = 'index'").pluck();
    expect(names.all()).not.toContain('calls_imported_hours');
    expect(names.all()).not.toContain('calls_from_switch');
    await db.destroy();
  });
});

// 0009 adds call sources, imports, and a call's import, duplicate key and transfer; a call
// not transferred says so by default. The step can be undone.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

describe('0009_call_imports (from 0008)', () => {
  it('records imported calls and transfers, and migrates down again', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    sqlite.pragma('foreign_keys = OFF');
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    expect((await migrator.migrateTo('0009_call_imports')).error).toBeUndefined();
    sqlite
      .prepare(
        `insert into calls (id, site_id, queued_at, answered_at, source, recorded_at, import_id,
           duplicate_key) values ('k1', 's1', '2026-11-23T10:00:00.000Z',
           '2026-11-23T10:00:20.000Z', 'import', '2026-11-23T12:00:00.000Z', 'i1', 'id:C1')`,
      )
      .run();
    expect(
      sqlite.prepare('select transferred, transfer_reason, import_id from calls').get(),
    ).toEqual({ transferred: 0, transfer_reason: null, import_id: 'i1' });
    expect((await migrator.migrateTo('0008_contact_tallies')).error).toBeUndefined();
    const columns = sqlite.prepare("select name from pragma_table_info('calls')").pluck().all();
    expect(columns).not.toContain('import_id');
    expect(
      sqlite.prepare("select name from sqlite_master where name like 'call\\_%' escape '\\'").all(),
    ).toEqual([]);
    await db.destroy();
  });
});

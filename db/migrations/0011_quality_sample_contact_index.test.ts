// 0011 indexes sampled contacts by their contact, so "was this contact sampled?" is a lookup,
// not a scan; the step can be undone.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

const plan = (sqlite: SQLite.Database) =>
  (
    sqlite
      .prepare("explain query plan select id from quality_sample_items where contact_id = 'c1'")
      .all() as { detail: string }[]
  ).map((r) => r.detail);

describe('0011_quality_sample_contact_index (from 0010)', () => {
  it('finds a contact’s sample items by index, and migrates down again', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    expect((await migrator.migrateTo('0010_satisfaction_and_quality')).error).toBeUndefined();
    expect(plan(sqlite)).toEqual(['SCAN quality_sample_items']);
    expect((await migrator.migrateTo('0011_quality_sample_contact_index')).error).toBeUndefined();
    expect(plan(sqlite)).toEqual([
      'SEARCH quality_sample_items USING INDEX quality_sample_items_contact (contact_id=?)',
    ]);
    expect((await migrator.migrateTo('0010_satisfaction_and_quality')).error).toBeUndefined();
    expect(plan(sqlite)).toEqual(['SCAN quality_sample_items']);
    await db.destroy();
  });
});

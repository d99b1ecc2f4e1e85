// Migrate to 0005 with a customer and a contact on file, then to 0006: the customer gets the
// phonetic name keys misspelt searches need, the contact says identity was not needed, and
// the whole step can be undone.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { nameKeysOf } from '../../shared/domain/name-keys';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

describe('0006_handoffs_feedback_offers (from 0005)', () => {
  it('backfills name keys, defaults the identity check, and migrates down again', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    expect((await migrator.migrateTo('0005_customer_search')).error).toBeUndefined();
    sqlite.exec(`insert into customers (id, kind, display_name, first_name, last_name, created_at, updated_at)
      values ('c1', 'citizen', 'Siobhan Kowalczyk', 'Siobhan', 'Kowalczyk', '2026-01-01', '2026-01-01')`);
    expect((await migrator.migrateTo('0006_handoffs_feedback_offers')).error).toBeUndefined();

    expect(sqlite.prepare('select name_keys from customers').get()).toEqual({
      name_keys: nameKeysOf('Siobhan', 'Kowalczyk'),
    });
    const columns = sqlite
      .prepare("select name, dflt_value from pragma_table_info('contacts')")
      .all();
    expect(columns).toContainEqual({ name: 'identity_check', dflt_value: "'not_needed'" });

    expect((await migrator.migrateTo('0005_customer_search')).error).toBeUndefined();
    const tables = sqlite
      .prepare(
        "select name from sqlite_master where type = 'table' and name in ('hand_offs', 'feedback')",
      )
      .all();
    expect(tables).toEqual([]);
    await db.destroy();
  });
});

// 0015 adds when a customer's personal details were blanked; the customers already there keep
// theirs (null), the search index still follows every change, appointments are indexed by
// customer, and the step can be undone.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

const THIS = '0015_data_protection';
const names = Object.keys(MIGRATIONS);
const PREVIOUS = names[names.indexOf(THIS) - 1]!;

const columns = (sqlite: SQLite.Database) =>
  (sqlite.prepare('pragma table_info(customers)').all() as { name: string }[]).map((c) => c.name);

describe(`${THIS} (from ${PREVIOUS})`, () => {
  it('adds anonymised_at, null for existing customers, and migrates down again', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    expect((await migrator.migrateTo(PREVIOUS)).error).toBeUndefined();
    sqlite.exec(`
      insert into customers (id, kind, display_name, first_name, last_name, needs, created_at, updated_at)
        values ('c1', 'citizen', 'Maria Kowalska', 'Maria', 'Kowalska', '{}', '2019-11-25T10:00:00.000Z', '2019-11-25T10:00:00.000Z');`);
    expect(columns(sqlite)).not.toContain('anonymised_at');

    expect((await migrator.migrateTo(THIS)).error).toBeUndefined();
    const indexes = () =>
      (sqlite.prepare('pragma index_list(appointments)').all() as { name: string }[]).map(
        (i) => i.name,
      );
    expect(indexes()).toContain('appointments_customer');
    expect(sqlite.prepare('select display_name, anonymised_at from customers').all()).toEqual([
      { display_name: 'Maria Kowalska', anonymised_at: null },
    ]);
    sqlite.exec(`update customers set display_name = 'Anonymised customer', first_name = null,
      last_name = null, anonymised_at = '2026-11-23T10:00:00.000Z' where id = 'c1'`);
    // The search index follows: the old name finds nothing.
    const found = (words: string) =>
      sqlite
        .prepare('select count(*) from customers_fts where customers_fts match ?')
        .pluck()
        .get(`"${words}"`);
    expect(found('Kowalska')).toBe(0);
    expect(found('Anonymised')).toBe(1);

    expect((await migrator.migrateTo(PREVIOUS)).error).toBeUndefined();
    expect(columns(sqlite)).not.toContain('anonymised_at');
    expect(indexes()).not.toContain('appointments_customer');
    expect(sqlite.prepare('select count(*) from customers').pluck().get()).toBe(1);
    await db.destroy();
  });
});

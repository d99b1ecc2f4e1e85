// Migrate to 0004 with a customer on file, then to 0005: the customer is in the search
// index at once, and the triggers keep the index in step with every later change.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

describe('0005_customer_search (from 0004)', () => {
  it('indexes existing customers and follows inserts, updates and deletes', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    expect((await migrator.migrateTo('0004_standards')).error).toBeUndefined();
    sqlite.exec(`insert into customers (id, kind, display_name, first_name, last_name, postcode, created_at, updated_at)
      values ('c1', 'citizen', 'Marek Kowalski', 'Marek', 'Kowalski', 'WA8 0TX', '2026-01-01', '2026-01-01')`);
    expect((await migrator.migrateTo('0005_customer_search')).error).toBeUndefined();

    const match = (q: string) =>
      sqlite.prepare('select rowid from customers_fts where customers_fts match ?').all(q).length;
    expect(match('"owals"')).toBe(1);
    expect(match('postcode:"WA80T"')).toBe(1);

    sqlite.exec("update customers set last_name = 'Nowak', display_name = 'Marek Nowak'");
    expect(match('"owals"')).toBe(0);
    expect(match('"Nowak"')).toBe(1);
    sqlite.exec('delete from customers');
    expect(sqlite.prepare('select count(*) as n from customers_fts').get()).toEqual({ n: 0 });
    expect(() =>
      sqlite.exec(`insert into customers (id, kind, display_name, council_reference, created_at, updated_at)
        values ('a', 'business', 'A Ltd', 'R1', 'x', 'x'), ('b', 'business', 'B Ltd', 'R1', 'x', 'x')`),
    ).toThrow(/UNIQUE constraint failed/);
    await db.destroy();
  });
});

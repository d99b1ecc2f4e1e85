// 0019 adds the stored duplicate check and the indexes the check groups the register by;
// the customers already there are indexed, the grouping queries use the indexes, and the
// step can be undone.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

const tables = (sqlite: SQLite.Database) =>
  sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all();
const plan = (sqlite: SQLite.Database, query: string) =>
  (sqlite.prepare(`explain query plan ${query}`).all() as { detail: string }[])
    .map((r) => r.detail)
    .join('; ');

describe('0019_duplicate_candidates (from 0018)', () => {
  it('stores checks and pairs, indexes existing customers, and migrates down again', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    expect((await migrator.migrateTo('0018_display_role')).error).toBeUndefined();
    sqlite.exec(`
      insert into customers (id, kind, display_name, first_name, last_name, phone, email, date_of_birth, needs, created_at, updated_at)
      values ('c1', 'citizen', 'Ann Jones', 'Ann', 'Jones', '0151 423-1234', 'Ann@example.com', '1960-01-02', '{}', '2026-01-01', '2026-01-01'),
             ('c2', 'citizen', 'Ann Jones', 'Ann', 'Jones', '+44151 4231234', 'ann@example.com', '1960-01-02', '{}', '2026-01-01', '2026-01-01');`);
    expect(tables(sqlite)).not.toContain('duplicate_candidates');

    expect((await migrator.migrateTo('0019_duplicate_candidates')).error).toBeUndefined();
    sqlite.exec(`
      insert into duplicate_checks (id, checked_at, took_ms, customers, pairs, change_mark)
        values ('k1', '2026-11-23T10:00:00.000Z', 12, 2, 1, 0);
      insert into duplicate_candidates (check_id, rank, a_id, b_id, reasons)
        values ('k1', 0, 'c1', 'c2', '["same phone"]');`);
    expect(() =>
      sqlite.exec(`insert into duplicate_candidates (check_id, rank, a_id, b_id, reasons)
        values ('k1', 0, 'c2', 'c1', '[]')`),
    ).toThrow(/UNIQUE/);
    // Both customers written before the step are found through the new indexes alone.
    const live = 'merged_into is null and anonymised_at is null';
    const phone = `replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+44', '0')`;
    const groups: [string, string, string][] = [
      ['customers_phone_number', phone, `phone is not null and ${live}`],
      ['customers_email_address', 'lower(email)', `email is not null and ${live}`],
      [
        'customers_birth_names',
        'date_of_birth',
        `date_of_birth is not null and last_name is not null and ${live}`,
      ],
    ];
    for (const [index, key, where] of groups) {
      const query = `select ${key} as k, group_concat(id) as ids from customers where ${where} group by ${key}`;
      expect(plan(sqlite, query)).toMatch(new RegExp(`USING (COVERING )?INDEX ${index}\\b`));
      expect(sqlite.prepare(query).all()).toMatchObject([{ ids: 'c1,c2' }]);
    }
    // A merged record leaves them.
    sqlite.exec("update customers set merged_into = 'c1' where id = 'c2'");
    expect(
      sqlite
        .prepare(
          `select count(*) from customers indexed by customers_birth_names
        where date_of_birth is not null and last_name is not null and ${live}`,
        )
        .pluck()
        .get(),
    ).toBe(1);

    expect((await migrator.migrateTo('0018_display_role')).error).toBeUndefined();
    expect(tables(sqlite)).not.toContain('duplicate_candidates');
    expect(tables(sqlite)).not.toContain('duplicate_checks');
    expect(
      sqlite
        .prepare("select count(*) from sqlite_master where name = 'customers_phone_number'")
        .pluck()
        .get(),
    ).toBe(0);
    expect(sqlite.prepare('select count(*) from customers').pluck().get()).toBe(2);
    await db.destroy();
  });
});

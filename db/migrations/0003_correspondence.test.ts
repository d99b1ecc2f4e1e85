// Migrate to 0002, then to 0003: services gain an optional reply standard, and the
// correspondence table refuses a response dated before receipt.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

describe('0003_correspondence (from 0002)', () => {
  it('keeps services, adds their reply standard, and guards response dates', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    expect((await migrator.migrateTo('0002_queue')).error).toBeUndefined();
    sqlite.exec(`
      insert into sites (id, name, kind, ticket_prefix, opening_hours) values ('s', 'Contact Centre', 'contact_centre', 'C', '{}');
      insert into departments (id, name) values ('d', 'Revenues');
      insert into services (id, name, department_id) values ('sv', 'Council Tax', 'd');
      insert into staff (id, username, display_name, role, home_site_id, password_hash, created_at) values ('st', 'a', 'A', 'adviser', 's', 'x', '2026-01-01');
    `);
    expect((await migrator.migrateTo('0003_correspondence')).error).toBeUndefined();
    expect(sqlite.prepare('select name, reply_working_days from services').all()).toEqual([
      { name: 'Council Tax', reply_working_days: null },
    ]);
    const insert = (id: string, responded: string | null) =>
      sqlite
        .prepare(
          `insert into correspondence (id, reference, channel, received_at, received_date, site_id, service_id, subject, reply_working_days, due_date, status, responded_at, logged_by, logged_at, updated_at)
                  values (?, ?, 'letter', '2026-12-18T10:00:00.000Z', '2026-12-18', 's', 'sv', 'x', 10, '2027-01-06', ?, ?, 'st', '2026-12-21T09:00:00.000Z', '2026-12-21T09:00:00.000Z')`,
        )
        .run(id, `C-${id}`, responded ? 'closed' : 'open', responded);
    expect(() => insert('1', '2026-12-21T09:00:00.000Z')).not.toThrow();
    expect(() => insert('2', '2026-12-17T09:00:00.000Z')).toThrow(/CHECK constraint failed/);
    await db.destroy();
  });
});

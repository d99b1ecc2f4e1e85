// Migrate to 0001, record a contact, migrate to 0002: the contact survives, unlinked, and
// the queue tables refuse a second ticket with the same number on the same day.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

describe('0002_queue (from 0001)', () => {
  it('keeps existing contacts and adds the queue with unique tickets per site per day', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    expect((await migrator.migrateTo('0001_foundation')).error).toBeUndefined();
    sqlite.exec(`
      insert into sites (id, name, kind, ticket_prefix, opening_hours) values ('s', 'Town Hall', 'one_stop_shop', 'A', '{}');
      insert into departments (id, name) values ('d', 'Revenues');
      insert into services (id, name, department_id) values ('sv', 'Council Tax', 'd');
      insert into interaction_types (id, name, bvpi157) values ('it', 'Providing information', 1);
      insert into customer_types (id, code, name) values ('ct', 'citizen', 'Citizen');
      insert into staff (id, username, display_name, role, home_site_id, password_hash, created_at) values ('st', 'a', 'A', 'adviser', 's', 'x', '2026-01-01');
      insert into contacts (id, channel, direction, service_id, interaction_type_id, customer_type_id, outcome, started_at, ended_at, staff_id, site_id, recorded_at, updated_at)
        values ('c1', 'telephone', 'inbound', 'sv', 'it', 'ct', 'resolved', '2026-01-01T09:00Z', '2026-01-01T09:05Z', 'st', 's', '2026-01-01T09:05Z', '2026-01-01T09:05Z');
    `);
    expect((await migrator.migrateTo('0002_queue')).error).toBeUndefined();
    expect(sqlite.prepare('select id, visit_id from contacts').all()).toEqual([
      { id: 'c1', visit_id: null },
    ]);

    const insertVisit =
      sqlite.prepare(`insert into visits (id, site_id, ticket, ticket_date, ticket_number, kind, arrived_at, service_id, first_service_id, state, queue_since, checked_in_by, updated_at)
      values (?, 's', 'A001', ?, 1, 'walk_in', '2026-01-01T09:00Z', 'sv', 'sv', 'waiting', '2026-01-01T09:00Z', 'st', '2026-01-01T09:00Z')`);
    insertVisit.run('v1', '2026-01-01');
    expect(() => insertVisit.run('v2', '2026-01-01')).toThrow(/UNIQUE constraint failed/);
    expect(() => insertVisit.run('v3', '2026-01-02')).not.toThrow();
    expect(() =>
      sqlite.prepare("update visits set state = 'teleported' where id = 'v1'").run(),
    ).toThrow(/CHECK constraint failed/);
    await db.destroy();
  });
});

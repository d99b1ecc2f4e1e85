// One test per migration (house style, after Signal): migrate to the step before, put rows
// in, migrate to this step, and check what a caller would notice.
import { Kysely, Migrator } from 'kysely';
import { AppSqliteDialect } from '../dialect';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

async function migratedTo(name: string) {
  const sqlite = new SQLite(':memory:');
  applyPragmas(sqlite);
  const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
  const { error } = await new Migrator({
    db,
    provider: new StaticMigrationProvider(MIGRATIONS),
  }).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error('migration failed');
  return { sqlite, db };
}

describe('0001_foundation (from empty)', () => {
  it('creates the reference, staff, contact and change-log tables', async () => {
    const { sqlite, db } = await migratedTo('0001_foundation');
    const tables = (
      sqlite
        .prepare(
          "select name from sqlite_master where type = 'table' and name not like 'kysely%' order by name",
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toEqual([
      'change_log',
      'contacts',
      'customer_types',
      'departments',
      'interaction_types',
      'services',
      'settings',
      'sites',
      'staff',
    ]);
    await db.destroy();
  });

  it('enforces the channel list, end after start, and links to real services', async () => {
    const { sqlite, db } = await migratedTo('0001_foundation');
    sqlite.exec(`
      insert into sites (id, name, kind, ticket_prefix, opening_hours) values ('s', 'Town Hall', 'one_stop_shop', 'A', '{}');
      insert into departments (id, name) values ('d', 'Revenues');
      insert into services (id, name, department_id) values ('sv', 'Council Tax', 'd');
      insert into interaction_types (id, name, bvpi157) values ('it', 'Providing information', 1);
      insert into customer_types (id, code, name) values ('ct', 'citizen', 'Citizen');
      insert into staff (id, username, display_name, role, home_site_id, password_hash, created_at) values ('st', 'a', 'A', 'adviser', 's', 'x', '2026-01-01');
    `);
    const insert = (channel: string, service: string, start: string, end: string) =>
      sqlite
        .prepare(
          `insert into contacts (id, channel, direction, service_id, interaction_type_id, customer_type_id, outcome, started_at, ended_at, staff_id, site_id, recorded_at, updated_at)
                  values (?, ?, 'inbound', ?, 'it', 'ct', 'resolved', ?, ?, 'st', 's', ?, ?)`,
        )
        .run(`${channel}${service}${start}`, channel, service, start, end, end, end);
    expect(() =>
      insert('telephone', 'sv', '2026-01-01T09:00:00Z', '2026-01-01T09:05:00Z'),
    ).not.toThrow();
    expect(() =>
      insert('carrier_pigeon', 'sv', '2026-01-01T09:00:00Z', '2026-01-01T09:05:00Z'),
    ).toThrow(/CHECK constraint failed/);
    expect(() => insert('telephone', 'sv', '2026-01-01T09:10:00Z', '2026-01-01T09:05:00Z')).toThrow(
      /CHECK constraint failed/,
    );
    expect(() =>
      insert('telephone', 'no-such-service', '2026-01-01T09:20:00Z', '2026-01-01T09:25:00Z'),
    ).toThrow(/FOREIGN KEY constraint failed/);
    await db.destroy();
  });
});

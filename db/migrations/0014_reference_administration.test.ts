// 0014 makes the council's teams a list: it starts from the teams staff already have (each
// once, whatever its case or spaces), keeps staff's team text as it was, and can be undone.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

const tables = (sqlite: SQLite.Database) =>
  (
    sqlite.prepare("select name from sqlite_master where type = 'table'").all() as {
      name: string;
    }[]
  ).map((t) => t.name);

describe('0014_reference_administration (from 0013)', () => {
  it('fills the teams list from staff, once each, and migrates down again', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    expect((await migrator.migrateTo('0013_staff_administration')).error).toBeUndefined();
    const addStaff = sqlite.prepare(
      `insert into staff (id, username, display_name, role, home_site_id, team, password_hash, created_at)
       values (?, ?, ?, 'adviser', 's1', ?, 'scrypt$17$8$1$x$y', '2026-11-23T09:00:00.000Z')`,
    );
    sqlite.exec(
      "insert into sites (id, name, kind, ticket_prefix, opening_hours) values ('s1', 'Town Hall', 'one_stop_shop', 'A', '{}')",
    );
    addStaff.run('st1', 'amina', 'Amina Khan', 'One Stop Shops');
    addStaff.run('st2', 'ben', 'Ben Hughes', ' Contact Centre ');
    addStaff.run('st3', 'carys', 'Carys Jones', 'contact centre');
    addStaff.run('st4', 'dev', 'Dev Patel', null);
    addStaff.run('st5', 'eve', 'Eve Evans', '  ');
    expect(tables(sqlite)).not.toContain('teams');

    expect((await migrator.migrateTo('0014_reference_administration')).error).toBeUndefined();
    const teams = sqlite
      .prepare('select id, name, active, sort_order from teams order by sort_order')
      .all() as { id: string; name: string; active: number; sort_order: number }[];
    expect(teams.map(({ name, active, sort_order }) => ({ name, active, sort_order }))).toEqual([
      { name: 'Contact Centre', active: 1, sort_order: 0 },
      { name: 'One Stop Shops', active: 1, sort_order: 1 },
    ]);
    for (const team of teams) expect(team.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    // Staff keep the team text they had.
    expect(sqlite.prepare("select team from staff where id = 'st3'").pluck().get()).toBe(
      'contact centre',
    );
    expect(() =>
      sqlite.exec("insert into teams (id, name) values ('t9', 'One Stop Shops')"),
    ).toThrow(/UNIQUE/);
    expect(() => sqlite.exec("update teams set active = 2 where name = 'One Stop Shops'")).toThrow(
      /CHECK/,
    );

    expect((await migrator.migrateTo('0013_staff_administration')).error).toBeUndefined();
    expect(tables(sqlite)).not.toContain('teams');
    expect(sqlite.prepare('select count(*) from staff').pluck().get()).toBe(5);
    await db.destroy();
  });
});

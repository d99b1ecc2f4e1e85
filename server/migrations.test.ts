// Migrations and the schema's rules. Beside server/, not in server/db/, so that `vitest run db`
// (the desk's database tests) does not start PostgreSQL for it.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from './test/fresh-database';
import { OLDEST_POSTGRES, postgresMajor, requireSupportedPostgres } from './db/connect';
import { readCouncilVersion } from './db/council-version';
import { migrateServer, missingMigrations } from './db/migrate';
import { SERVER_MIGRATIONS } from './db/migrations';

const ALL = Object.keys(SERVER_MIGRATIONS);

describe('migrateServer', () => {
  it('applies every migration once; a second run applies nothing', async () => {
    const db = (await freshDatabase()).connect();
    expect(await missingMigrations(db)).toEqual(ALL);
    expect(await migrateServer(db)).toEqual(ALL);
    expect(await migrateServer(db)).toEqual([]);
    expect(await missingMigrations(db)).toEqual([]);
    const tables = (await db.introspection.getTables()).filter((t) => t.schema === 'public');
    expect(tables.map((t) => t.name).sort()).toEqual(
      [
        'changes',
        'council',
        'council_version',
        'customer_links',
        'customer_merges',
        'desks',
        'enrolment_codes',
        'mutations',
        'queue_steps',
        'records_projected',
        'number_leases',
        'staff_accounts',
      ].sort(),
    );
    expect(await readCouncilVersion(db)).toBe(0n);
  });

  it('applies each migration once when two instances start together', async () => {
    const database = await freshDatabase();
    const [a, b] = [database.connect(), database.connect()];
    const runs = await Promise.all([migrateServer(a), migrateServer(b)]);
    expect(runs.flat()).toEqual(ALL);
    expect(await missingMigrations(b)).toEqual([]);
  });

  it('leaves nothing behind when a migration fails', async () => {
    const db = (await freshDatabase()).connect();
    await migrateServer(db);
    const broken = {
      ...SERVER_MIGRATIONS,
      '9998_broken': {
        up: async (k: typeof db) => {
          await sql`create table half_done (id int)`.execute(k);
          await sql`select * from no_such_table`.execute(k);
        },
      },
    };
    await expect(migrateServer(db, broken)).rejects.toThrow(
      /failed at 9998_broken: relation "no_such_table" does not exist/,
    );
    expect(await missingMigrations(db, broken)).toEqual(['9998_broken']);
    const tables = (await db.introspection.getTables()).map((t) => t.name);
    expect(tables).not.toContain('half_done');
  });
});

describe('the schema holds the sync design', () => {
  it('keeps exactly one council_version row', async () => {
    const db = (await freshDatabase()).connect();
    await migrateServer(db);
    await expect(sql`insert into council_version (id) values (false)`.execute(db)).rejects.toThrow(
      /check constraint/,
    );
    await expect(sql`insert into council_version default values`.execute(db)).rejects.toThrow(
      /duplicate key/,
    );
  });

  it('records a mutation id once and lets its changes share it', async () => {
    const db = (await freshDatabase()).connect();
    await migrateServer(db);
    const desk = '0190f5a0-0000-7000-8000-000000000001';
    const mutation = '0190f5a0-0000-7000-8000-0000000000aa';
    await db
      .insertInto('desks')
      .values({ id: desk, site_id: 'TH', name: 'Desk 1', secret_hash: 'h', issuing_point: 1 })
      .execute();
    const record = () =>
      db
        .insertInto('mutations')
        .values({ id: mutation, desk_id: desk })
        .onConflict((c) => c.doNothing())
        .executeTakeFirst();
    expect((await record()).numInsertedOrUpdatedRows).toBe(1n);
    expect((await record()).numInsertedOrUpdatedRows).toBe(0n);

    const change = { mutation_id: mutation, desk_id: desk, staff_id: 's1', hlc: 'h' };
    await db
      .insertInto('changes')
      .values([
        { ...change, version: 1, entity: 'contacts', entity_id: 'c1', op: 'create', data: '{}' },
        { ...change, version: 2, entity: 'customers', entity_id: 'p1', op: 'delete', data: null },
      ])
      .execute();
    const insertChange = (version: number, data: string | null) =>
      db
        .insertInto('changes')
        .values({ ...change, version, entity: 'x', entity_id: 'y', op: 'update', data })
        .execute();
    await expect(insertChange(2, '{}')).rejects.toThrow(/duplicate key/);
    await expect(insertChange(3, null)).rejects.toThrow(/changes_data_unless_delete/);
  });

  it('sets an enrolment code used with the desk that used it, never one alone', async () => {
    const db = (await freshDatabase()).connect();
    await migrateServer(db);
    const code = { site_id: 'TH', created_by: 's1', expires_at: new Date() };
    await db
      .insertInto('enrolment_codes')
      .values({ ...code, code_hash: 'a' })
      .execute();
    await expect(
      db
        .insertInto('enrolment_codes')
        .values({ ...code, code_hash: 'b', used_at: new Date() })
        .execute(),
    ).rejects.toThrow(/enrolment_codes_used_together/);
  });
});

describe('PostgreSQL version', () => {
  it(`accepts ${OLDEST_POSTGRES} and later, and the test cluster`, async () => {
    expect(postgresMajor(140_011)).toBeLessThan(OLDEST_POSTGRES);
    expect(postgresMajor(150_000)).toBe(15);
    const db = (await freshDatabase()).connect();
    expect(await requireSupportedPostgres(db)).toBeGreaterThanOrEqual(OLDEST_POSTGRES);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';

interface TestDb {
  t: { id: number; name?: string };
}
import { AppSqliteDialect, withStatementCache } from './dialect';

describe('the statement cache under Kysely', () => {
  it('prepares a query once and answers it with each call’s own parameters', async () => {
    const sqlite = new SQLite(':memory:');
    const connection = withStatementCache(sqlite);
    const db = new Kysely<TestDb>({ dialect: new AppSqliteDialect(sqlite) });
    await sql`create table t (id integer primary key, name text)`.execute(db);
    await db.insertInto('t').values({ id: 1, name: 'Amina' }).execute();
    await db.insertInto('t').values({ id: 2, name: 'Ben' }).execute();
    const name = async (id: number) =>
      (await db.selectFrom('t').select('name').where('id', '=', id).executeTakeFirst())?.name;
    expect(await name(1)).toBe('Amina');
    expect(await name(2)).toBe('Ben');
    // Same SQL text through the wrapper: one statement object, reused.
    const first = connection.prepare('select name from t where id = ?');
    expect(connection.prepare('select name from t where id = ?')).toBe(first);
    expect(connection.cached).toBe(1);
    await db.destroy();
  });

  it('keeps only the most recently used statements', () => {
    const connection = withStatementCache(new SQLite(':memory:'), 2);
    const a = connection.prepare('select 1');
    connection.prepare('select 2');
    connection.prepare('select 1'); // used again: now the newest
    connection.prepare('select 3'); // evicts `select 2`, the least recently used
    expect(connection.cached).toBe(2);
    expect(connection.prepare('select 1')).toBe(a);
    connection.close();
  });

  it('sees a schema change made after a statement was cached', async () => {
    const sqlite = new SQLite(':memory:');
    const db = new Kysely<TestDb>({ dialect: new AppSqliteDialect(sqlite) });
    await sql`create table t (id integer primary key)`.execute(db);
    await sql`insert into t values (1)`.execute(db);
    const all = () => sql<Record<string, unknown>>`select * from t`.execute(db);
    expect((await all()).rows).toEqual([{ id: 1 }]);
    await sql`alter table t add column note text default 'kept'`.execute(db);
    expect((await all()).rows).toEqual([{ id: 1, note: 'kept' }]);
    await db.destroy();
  });

  it('rolls a failed transaction back with cached begin and rollback statements', async () => {
    const sqlite = new SQLite(':memory:');
    const db = new Kysely<TestDb>({ dialect: new AppSqliteDialect(sqlite) });
    await sql`create table t (id integer primary key)`.execute(db);
    for (let i = 0; i < 3; i += 1) {
      await expect(
        db.transaction().execute(async (tx) => {
          await tx
            .insertInto('t')
            .values({ id: 10 + i })
            .execute();
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
    }
    await db.transaction().execute((tx) => tx.insertInto('t').values({ id: 1 }).execute());
    expect(sqlite.prepare('select id from t').pluck().all()).toEqual([1]);
    await db.destroy();
  });
});

describe('transactions on a database another connection writes to', () => {
  it('hold the write lock from their first read, so the write that follows is never refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-dialect-'));
    const file = join(dir, 'db.sqlite');
    const sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    const db = new Kysely<TestDb>({ dialect: new AppSqliteDialect(sqlite) });
    await sql`create table t (id integer primary key, name text)`.execute(db);
    // The reports worker's connection, refusing at once rather than waiting (as a test can't).
    const worker = new SQLite(file);
    worker.pragma('busy_timeout = 0');

    let workerWrote = true;
    await db.transaction().execute(async (tx) => {
      await tx.selectFrom('t').selectAll().execute(); // sign-in reads the account first…
      try {
        worker.prepare("insert into t (name) values ('worker')").run();
      } catch (error) {
        workerWrote = false; // …and the worker must wait: the lock is already ours
        expect((error as { code?: string }).code).toBe('SQLITE_BUSY');
      }
      await tx.insertInto('t').values({ id: 1, name: 'session' }).execute(); // …then writes
    });
    expect(workerWrote).toBe(false);
    worker.prepare("insert into t (name) values ('worker')").run(); // and gets its turn after
    expect(
      (await db.selectFrom('t').select('name').orderBy('id').execute()).map((r) => r.name),
    ).toEqual(['session', 'worker']);
    worker.close();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations';
import { DatabaseOpenError, openDatabase } from './open';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'cc-open-')), 'council-contact.sqlite');

describe('opening the database', () => {
  it('loads the native better-sqlite3 module (a skipped build must fail here, loudly)', () => {
    const db = new SQLite(':memory:');
    expect(db.prepare('select sqlite_version() as v').get()).toMatchObject({
      v: expect.stringMatching(/^3\.\d+/) as string,
    });
    expect(
      db
        .prepare(
          "select count(*) as n from pragma_compile_options where compile_options = 'ENABLE_FTS5'",
        )
        .get(),
    ).toEqual({ n: 1 });
    db.close();
  });

  it('uses WAL with synchronous=FULL and foreign keys on', async () => {
    const opened = await openDatabase(tempFile());
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    // Saves do not checkpoint: the reports worker does, this is the safety net.
    expect(opened.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
    await opened.close();
  });

  it('migrates an empty file to the latest schema, and opening again changes nothing', async () => {
    const file = tempFile();
    const first = await openDatabase(file);
    const applied = first.sqlite.prepare('select name from kysely_migration order by name').all();
    expect(applied).toEqual(Object.keys(MIGRATIONS).map((name) => ({ name })));
    await first.close();
    const second = await openDatabase(file);
    expect(second.sqlite.prepare('select count(*) as n from kysely_migration').get()).toEqual({
      n: applied.length,
    });
    await second.close();
  });

  it('refuses a database written by a newer version, with a clear message, and leaves it untouched', async () => {
    const file = tempFile();
    const opened = await openDatabase(file);
    opened.sqlite
      .prepare(
        "insert into kysely_migration (name, timestamp) values ('9999_from_the_future', '2030-01-01')",
      )
      .run();
    await opened.close();
    const bytes = readFileSync(file);
    const error = await openDatabase(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).problem).toBe('newer');
    expect((error as Error).message).toMatch(
      /written by a newer version of Council Contact \(it has 9999_from_the_future\)/,
    );
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a file that is not a database', async () => {
    const file = tempFile();
    writeFileSync(file, 'not a database '.repeat(400));
    await expect(openDatabase(file)).rejects.toMatchObject({ problem: 'corrupt' });
  });

  it('reports a failed migration by name instead of half-applying it', async () => {
    const file = tempFile();
    const broken = {
      ...MIGRATIONS,
      '9000_broken': {
        up: async (db: Parameters<NonNullable<(typeof MIGRATIONS)[string]>['up']>[0]) => {
          await sql`create table half_done (id text)`.execute(db);
          await sql`this is not sql`.execute(db);
        },
      },
    };
    const error = await openDatabase(file, { migrations: broken }).catch((e: unknown) => e);
    expect((error as DatabaseOpenError).problem).toBe('migration-failed');
    expect((error as Error).message).toMatch(/^Updating the database failed at 9000_broken/);
    const check = new SQLite(file);
    expect(
      check.prepare("select name from sqlite_master where name = 'half_done'").get(),
    ).toBeUndefined();
    check.close();
  });
});

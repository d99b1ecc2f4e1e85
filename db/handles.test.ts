import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from './open';
import type { ReadableDB, WritableDB } from './handles';
import { inTransaction } from './write';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let opened: OpenedDatabase | undefined;
let dir: string | undefined;
afterEach(async () => {
  await opened?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function settingCount(db: ReadableDB): Promise<number> {
  const row = await db
    .selectFrom('settings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function one(db: ReadableDB): Promise<string> {
  const { rows } = await sql<{ one: number }>`select 1 as one`.execute(db);
  return String(rows[0]?.one);
}

describe('read and write handles', () => {
  it('a read query takes the connection or a transaction alike, and a write needs a transaction', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-handles-'));
    opened = await openDatabase(join(dir, 'db.sqlite'));
    const before = await settingCount(opened.db);
    expect(await one(opened.db)).toBe('1');
    await inTransaction(opened.db, async (tx: WritableDB) => {
      await tx.insertInto('settings').values({ key: 'handles.test', value: '1' }).execute();
      expect(await settingCount(tx)).toBe(before + 1); // the transaction reads its own write
    });
    const readOnly: ReadableDB = opened.db;
    // @ts-expect-error a read-only handle has no insertInto: typecheck fails if it gains one
    expect(readOnly.insertInto).toBeDefined(); // (at run time it is the same object)
    expect(await settingCount(readOnly)).toBe(before + 1);
  });
});

// The reports' own connections (issue 23): they read the council's records by the desk's table
// names, can never write, stop a statement at the time limit, and plan for records held in
// memory or on SSD.
import { sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { migrateServer } from '../db/migrate';
import { freshDatabase } from '../test/fresh-database';
import { connectRecords } from './report-db';

async function reportsPool(statementTimeoutMs?: number) {
  const fresh = await freshDatabase();
  await migrateServer(fresh.connect());
  const records = connectRecords(fresh.url, { statementTimeoutMs });
  onTestFinished(() => records.destroy());
  return records;
}

const setting = async (db: Awaited<ReturnType<typeof reportsPool>>, name: string) =>
  (await sql<Record<string, string>>`select current_setting(${name}) as value`.execute(db)).rows[0]!
    .value;

describe('the reports’ connections', () => {
  it('read the records by the desk’s table names and cannot change them', async () => {
    const records = await reportsPool();
    expect(await records.selectFrom('contacts').select('id').execute()).toEqual([]);
    await expect(
      records.insertInto('settings').values({ key: 'x', value: '1' }).execute(),
    ).rejects.toThrow(/read-only transaction/);
    expect(await records.selectFrom('settings').select('key').execute()).toEqual([]);
  });

  it('stop a statement at the time limit, and plan for records in memory with the pool side by side', async () => {
    const records = await reportsPool(1500);
    expect(await setting(records, 'statement_timeout')).toBe('1500ms');
    expect(await setting(records, 'random_page_cost')).toBe('1.1');
    expect(await setting(records, 'max_parallel_workers_per_gather')).toBe('0');
    await expect(sql`select pg_sleep(3)`.execute(records)).rejects.toThrow(/statement timeout/);
  });
});

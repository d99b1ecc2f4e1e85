// The record tables follow the pushes a moment behind (issue 23): a push writes only its
// changes, so a desk's sync never waits on them, and the records catch up after, in steps,
// once, whichever instance does it. On real PostgreSQL.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { catchUpRecords } from './records/catch-up';
import { change, enrol, push, testServer } from './test/sync-client';

describe('the record tables catching up', () => {
  it('take a pushed record only when they catch up, and once', async () => {
    const { app, db } = await testServer();
    const desk = await enrol(app, db);
    const contact = change({
      data: { started_at: '2026-11-23T10:00:00.000Z', channel: 'telephone', note: 'Bins' },
    });
    expect((await push(app, desk, [contact])).body.results[0]!.status).toBe('applied');
    const held = async () =>
      (await sql<{ n: number }>`select count(*)::int as n from records.contacts`.execute(db))
        .rows[0]!.n;
    expect(await held()).toBe(0); // the push did not wait on the records
    expect(await catchUpRecords(db)).toBe(true);
    expect(await held()).toBe(1);
    const projected = await db.selectFrom('records_projected').select('version').executeTakeFirst();
    const version = await db.selectFrom('council_version').select('version').executeTakeFirst();
    expect(projected?.version).toBe(version?.version);
    // Caught up already: nothing more is done, and a second instance finds it so.
    expect(await Promise.all([catchUpRecords(db), catchUpRecords(db, false)])).toContain(true);
    expect(await held()).toBe(1);
  });

  it('leave the work to the instance already at it, unless told to wait', async () => {
    const { app, db } = await testServer();
    const desk = await enrol(app, db);
    await push(app, desk, [change({ data: { started_at: '2026-11-23T10:00:00.000Z' } })]);
    await db.transaction().execute(async (tx) => {
      await sql`select pg_advisory_xact_lock(hashtext('records_projected'))`.execute(tx);
      // Another instance holds the lock: a background round leaves it, and says not current.
      expect(await catchUpRecords(db, false)).toBe(false);
    });
    expect(await catchUpRecords(db)).toBe(true);
  });
});

// The late-commit case (issue 21): a pull by `version > cursor` never passes over a change that
// commits late. Push A takes its versions and holds its transaction open; push B, on another
// connection, waits on A's lock on the council version; pulls run while A is open, between A's
// and B's commits, and after both. Each transaction is driven by hand so the order is certain.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { readCouncilVersion } from './db/council-version';
import { applyPush } from './sync/push';
import { change, enrol, pull, pullAll, testServer } from './test/sync-client';
import { until } from './test/server-process';

it('never lets a cursor pass a change that commits late', async () => {
  const { app, db, database } = await testServer();
  const [deskA, deskB] = [await enrol(app, db), await enrol(app, db, 'LIB', 'Library')];
  const [poolA, poolB] = [database.connect(), database.connect()];

  // Push A: bumps the version (taking the row lock), writes three changes, and stays open.
  const txA = await poolA.startTransaction().execute();
  const changesA = [change(), change(), change()];
  const resultsA = await applyPush(txA, deskA.deskId, changesA);
  expect(resultsA.map((r) => r.status === 'applied' && r.version)).toEqual(['1', '2', '3']);

  // Push B: starts now, on its own connection, and must wait for A's lock.
  const txB = await poolB.startTransaction().execute();
  const changesB = [change(), change()];
  let bDone = false;
  const pushB = applyPush(txB, deskB.deskId, changesB).finally(() => (bDone = true));
  await until('push B to wait on the council version lock', async () => {
    const { rows } = await sql<{ waiting: number }>`
      select count(*)::int as waiting from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
    return rows[0]!.waiting === 1 || undefined;
  });
  expect(bDone).toBe(false);

  // While A is open: nothing to see, and the cursor stays where it was.
  expect((await pull(app, deskB, '0')).body).toEqual({ changes: [], cursor: '0', more: false });
  expect(await readCouncilVersion(db)).toBe(0n);

  // A commits; B now takes the lock and numbers its changes after A's, but has not committed.
  await txA.commit().execute();
  const resultsB = await pushB;
  expect(resultsB.map((r) => r.status === 'applied' && r.version)).toEqual(['4', '5']);
  const between = await pull(app, deskB, '0');
  expect(between.body.changes.map((c) => c.entityId)).toEqual(changesA.map((c) => c.entityId));
  expect(between.body.cursor).toBe('3');

  // B commits: a desk pulling from the cursor it had gets exactly B's changes, none skipped.
  await txB.commit().execute();
  const after = await pullAll(app, deskB, between.body.cursor);
  expect(after.changes.map((c) => c.entityId)).toEqual(changesB.map((c) => c.entityId));
  expect(after.cursor).toBe('5');

  // And from the start: every change, in order, once.
  const all = await pullAll(app, deskA);
  expect(all.changes.map((c) => [c.version, c.entityId])).toEqual(
    [...changesA, ...changesB].map((c, i) => [String(i + 1), c.entityId]),
  );
});

it('a push that rolls back leaves no gap and no trace', async () => {
  const { app, db, database } = await testServer();
  const desk = await enrol(app, db);
  const tx = await database.connect().startTransaction().execute();
  const lost = change();
  await applyPush(tx, desk.deskId, [lost]);
  await tx.rollback().execute();
  // The desk heard no answer, so it sends the change again: it applies, at version 1.
  const again = await db.transaction().execute((t) => applyPush(t, desk.deskId, [lost]));
  expect(again).toEqual([{ mutationId: lost.mutationId, status: 'applied', version: '1' }]);
  expect((await pullAll(app, desk)).changes.map((c) => c.version)).toEqual(['1']);
});

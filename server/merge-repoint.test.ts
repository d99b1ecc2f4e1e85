// Late records of a merged customer (issue 21, "a merge of two customers beats later edits"):
// the council server re-points a row left on a merged customer to the survivor, whichever
// arrives first, the row or the merge, and a desk applying the pulled changes by the conflict
// rules ends with the row under the survivor.
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { formatHlc } from '../shared/sync/hlc';
import { replay } from '../shared/sync/replay';
import { CUSTOMER_LINKED_TABLES } from '../db/queries/customers/duplicates';
import { LINKED_TABLES, SERVER_DESK_ID } from './sync/merge-repoint';
import { buildServer } from './app';
import { readCouncilVersion } from './db/council-version';
import { migrateServer } from './db/migrate';
import { SERVER_MIGRATIONS } from './db/migrations';
import { freshDatabase } from './test/fresh-database';
import {
  change,
  enrol,
  pullAll,
  push,
  testServer,
  type EnrolledDesk,
  type TestServer,
} from './test/sync-client';

const [M, K, J] = ['customer-m', 'customer-k', 'customer-j'];

/** A desk's clock at 09:mm on the test's day. */
const at = (minute: number, desk = 'desk-a') =>
  formatHlc({ wallMs: Date.UTC(2026, 10, 23, 9, minute), counter: 0, deskId: desk });

const contactFor = (customerId: string, minute: number) =>
  change({ entityId: uuidv7(), hlc: at(minute), data: { customer_id: customerId, note: 'Rang' } });

const merge = (from: string, into: string, minute: number) =>
  change({
    entity: 'customers',
    entityId: from,
    op: 'update',
    hlc: at(minute, 'desk-b'),
    data: { merged_into: into },
  });

async function pushed(server: TestServer, desk: EnrolledDesk, changes: unknown[]) {
  const { status, body } = await push(server.app, desk, changes);
  expect(status).toBe(200);
  expect(body.results.map((r) => r.status)).toEqual(changes.map(() => 'applied'));
}

/** The server's own changes in the log, as a desk pulls them. */
async function repoints(server: TestServer, desk: EnrolledDesk) {
  const { changes } = await pullAll(server.app, desk);
  return changes.filter((c) => c.deskId === SERVER_DESK_ID);
}

/** The customer a desk gives a row after applying every pulled change to it by the rules. */
async function customerOnADesk(server: TestServer, desk: EnrolledDesk, id: string) {
  const { changes } = await pullAll(server.app, desk);
  const history = changes
    .filter((c) => c.entityId === id)
    .map((c) => ({
      hlc: c.hlc,
      action: c.op,
      after: c.data as Record<string, unknown>,
      fromThisDesk: false,
      mutationId: c.mutationId,
    }));
  return replay('contacts', history).fields.customer_id;
}

async function council() {
  const server = await testServer();
  return { server, desk: await enrol(server.app, server.db) };
}

describe('the council server re-points records of a merged customer', () => {
  it('follows the desk’s own list of linked tables', () => {
    expect([...LINKED_TABLES].sort()).toEqual([...CUSTOMER_LINKED_TABLES].sort());
  });

  it('moves a contact for M pushed after the merge onto K, as a change every desk pulls', async () => {
    const { server, desk } = await council();
    await pushed(server, desk, [merge(M, K, 5)]);
    const late = contactFor(M, 1); // recorded offline before the merge, pushed after it
    await pushed(server, desk, [late]);

    const [repoint, ...more] = await repoints(server, desk);
    expect(more).toEqual([]);
    expect(repoint).toMatchObject({
      version: '3',
      staffId: 'system',
      entity: 'contacts',
      entityId: late.entityId,
      op: 'update',
      data: { customer_id: K },
    });
    // Later than both the contact and the merge, on the server's clock.
    expect(repoint!.hlc > at(5, 'desk-b')).toBe(true);
    expect(repoint!.hlc.endsWith(`:${SERVER_DESK_ID}`)).toBe(true);
    expect(await readCouncilVersion(server.db)).toBe(3n);
    const recorded = await server.db
      .selectFrom('mutations')
      .select('desk_id')
      .where('id', '=', repoint!.mutationId)
      .execute();
    expect(recorded).toEqual([{ desk_id: SERVER_DESK_ID }]);
    expect(await customerOnADesk(server, desk, late.entityId as string)).toBe(K);
  });

  it('moves a contact pushed before a merge that did not move it when the merge arrives', async () => {
    const { server, desk } = await council();
    const early = contactFor(M, 1);
    const moved = contactFor(M, 2);
    await pushed(server, desk, [early, moved]);
    // The merging desk had pulled only the second contact, so it moved only that one.
    const movedThere = change({
      entityId: moved.entityId,
      op: 'update',
      hlc: at(9, 'desk-b'),
      data: { customer_id: K },
    });
    await pushed(server, desk, [movedThere, merge(M, K, 9)]);

    const found = await repoints(server, desk);
    expect(found.map((c) => [c.version, c.entityId, c.data])).toEqual([
      ['5', early.entityId, { customer_id: K }],
    ]);
    expect(found[0]!.hlc > at(9, 'desk-b')).toBe(true);
    expect(await customerOnADesk(server, desk, early.entityId as string)).toBe(K);
    expect(await customerOnADesk(server, desk, moved.entityId as string)).toBe(K);
  });

  it('follows a chain of merges to the last survivor: M into K into J ends on J', async () => {
    const { server, desk } = await council();
    const first = contactFor(M, 1);
    await pushed(server, desk, [first]);
    await pushed(server, desk, [merge(M, K, 10)]);
    await pushed(server, desk, [merge(K, J, 20)]);
    const late = contactFor(M, 3);
    await pushed(server, desk, [late]);

    const found = await repoints(server, desk);
    expect(found.map((c) => [c.entityId, c.data])).toEqual([
      [first.entityId, { customer_id: K }],
      [first.entityId, { customer_id: J }],
      [late.entityId, { customer_id: J }],
    ]);
    expect(found[1]!.hlc > found[0]!.hlc).toBe(true);
    expect(found[2]!.hlc > at(20, 'desk-b')).toBe(true);
    expect(await customerOnADesk(server, desk, first.entityId as string)).toBe(J);
    expect(await customerOnADesk(server, desk, late.entityId as string)).toBe(J);
  });

  it('adds no second re-point when a batch is sent again', async () => {
    const { server, desk } = await council();
    await pushed(server, desk, [merge(M, K, 5)]);
    const batch = [contactFor(M, 1)];
    await pushed(server, desk, batch);
    const again = await push(server.app, desk, batch);
    expect(again.body.results.map((r) => r.status)).toEqual(['already applied']);

    expect(await repoints(server, desk)).toHaveLength(1);
    expect(await readCouncilVersion(server.db)).toBe(3n);
  });

  it('re-points a row once when two desks both merge M into K', async () => {
    const { server, desk } = await council();
    const early = contactFor(M, 1);
    await pushed(server, desk, [early]);
    await pushed(server, desk, [merge(M, K, 5)]);
    await pushed(server, desk, [merge(M, K, 6)]);

    expect((await repoints(server, desk)).map((c) => c.entityId)).toEqual([early.entityId]);
  });

  it('leaves rows of customers that were never merged, and rows moved elsewhere, alone', async () => {
    const { server, desk } = await council();
    const elsewhere = contactFor(M, 1);
    await pushed(server, desk, [contactFor(K, 1), elsewhere]);
    await pushed(server, desk, [
      change({ entityId: elsewhere.entityId, op: 'update', hlc: at(2), data: { customer_id: J } }),
    ]);
    await pushed(server, desk, [merge(M, K, 5)]);

    expect(await repoints(server, desk)).toEqual([]);
    expect(await readCouncilVersion(server.db)).toBe(4n);
  });
});

describe('migration 0006 on a council already running', () => {
  it('learns the merges and links already in the change log, so late rows still follow', async () => {
    const database = await freshDatabase();
    const db = database.connect();
    const before = Object.entries(SERVER_MIGRATIONS).filter(([name]) => name < '0006');
    await migrateServer(db, Object.fromEntries(before));
    const app = buildServer({ db });
    const desk = await enrol(app, db);
    // Written as the push before this migration wrote them: straight into the log.
    const kept = contactFor(M, 1);
    const gone = contactFor(M, 2);
    const log = [
      kept,
      gone,
      change({ entityId: gone.entityId, op: 'delete', hlc: at(3), data: undefined }),
      merge(M, K, 5),
    ];
    await db
      .insertInto('mutations')
      .values(log.map((c) => ({ id: c.mutationId as string, desk_id: desk.deskId })))
      .execute();
    await db
      .insertInto('changes')
      .values(
        log.map((c, i) => ({
          version: i + 1,
          mutation_id: c.mutationId as string,
          desk_id: desk.deskId,
          staff_id: 'staff-1',
          hlc: c.hlc as string,
          entity: c.entity as string,
          entity_id: c.entityId as string,
          op: c.op as 'create',
          data: c.data ? JSON.stringify(c.data) : null,
        })),
      )
      .execute();
    await db.updateTable('council_version').set({ version: log.length }).execute();

    await migrateServer(db);
    expect(await db.selectFrom('customer_merges').selectAll().execute()).toEqual([
      { customer_id: M, merged_into: K, hlc: at(5, 'desk-b') },
    ]);
    expect(await db.selectFrom('customer_links').selectAll().execute()).toEqual([
      { entity: 'contacts', entity_id: kept.entityId, customer_id: M, hlc: at(1) },
    ]);

    // A late contact for M follows the merge learnt; the one left behind follows the next.
    const late = contactFor(M, 4);
    await pushed({ database, db, app }, desk, [late, merge(K, J, 9)]);
    const found = await repoints({ database, db, app }, desk);
    expect(found.map((c) => [c.entityId, c.data]).sort()).toEqual(
      [
        [kept.entityId, { customer_id: J }],
        [late.entityId, { customer_id: J }],
      ].sort(),
    );
    await app.close();
  });
});

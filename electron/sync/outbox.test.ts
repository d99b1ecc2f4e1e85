// Push (issue 21) from a real desk (SQLite, writes through dispatch) to a real council server
// (Fastify on the run's embedded PostgreSQL): what ships, that it ships once, and that a
// server that cannot take it leaves the outbox as it was.
import { describe, expect, it } from 'vitest';
import { referenceIds } from '../../test/support/backend';
import { pushOutbox } from './outbox';
import {
  deskLog,
  enrolledDesk,
  recordingFetch,
  save,
  startCouncil,
  type Council,
  type EnrolledDesk,
} from './sync.support';

/** Three contacts, a new customer and an edit of that customer: five saves. */
async function aMorningsWork(desk: EnrolledDesk): Promise<void> {
  const ids = await referenceIds(desk.backend);
  const customer = await save(desk.backend, 'customers.create', {
    firstName: 'Rita',
    lastName: 'Okafor',
    postcode: 'WA8 7QA',
    confirmNew: true,
  });
  for (const minute of [10, 20, 30]) {
    await save(desk.backend, 'contacts.record', {
      channel: 'telephone',
      serviceId: ids.councilTax,
      interactionTypeId: ids.providingInformation,
      customerTypeId: ids.citizen,
      customerId: customer.id,
      outcome: 'resolved',
      startedAt: `2026-11-23T09:${minute}:00Z`,
      endedAt: `2026-11-23T09:${minute + 5}:00Z`,
    });
  }
  await save(desk.backend, 'customers.update', {
    id: customer.id,
    details: { firstName: 'Rita', lastName: 'Okafor', postcode: 'WA8 7QA', phone: '0151 496 0000' },
  });
}

const push = (council: Council, desk: EnrolledDesk, fetch?: typeof globalThis.fetch) =>
  pushOutbox({
    db: desk.backend.opened.database!.db,
    serverUrl: council.url,
    deskId: desk.deskId,
    secret: desk.secret,
    ...(fetch ? { fetch } : {}),
  });

async function serverChanges(council: Council) {
  return council.db
    .selectFrom('changes')
    .select(['mutation_id', 'desk_id', 'staff_id', 'hlc', 'entity', 'entity_id', 'op', 'data'])
    .orderBy('version')
    .execute();
}

const unship = (desk: EnrolledDesk) =>
  desk.backend.opened.database!.sqlite.prepare('update change_log set shipped_at = null').run();

describe('pushing the outbox', () => {
  it('ships each logged change once, with its mutation id, staff member and clock', async () => {
    const council = await startCouncil();
    const desk = await enrolledDesk(council);
    await aMorningsWork(desk);
    const log = deskLog(desk.backend);
    expect(new Set(log.map((r) => r.mutation_id)).size).toBe(5);
    expect(log.map((r) => r.entity)).toEqual(
      expect.arrayContaining(['customers', 'contacts', 'customers']),
    );

    const report = await push(council, desk);
    expect(report).toEqual({ shipped: log.length, batches: 1, refused: [] });

    const onServer = await serverChanges(council);
    expect(onServer.map((c) => [c.mutation_id, c.entity, c.entity_id, c.op])).toEqual(
      log.map((r) => [r.mutation_id, r.entity, r.entity_id, r.action]),
    );
    expect(onServer.map((c) => c.data)).toEqual(
      log.map((r) => (r.after === null ? null : (JSON.parse(r.after) as unknown))),
    );
    expect(new Set(onServer.map((c) => c.desk_id))).toEqual(new Set([desk.deskId]));
    expect(onServer.map((c) => c.staff_id)).toEqual(log.map((r) => r.staff_id));
    // The clock texts rise in log order, name this database, and are the ones the desk
    // wrote each entry with (what it compares with is what it ships).
    const hlcs = onServer.map((c) => c.hlc);
    expect([...hlcs].sort()).toEqual(hlcs);
    expect(new Set(hlcs).size).toBe(hlcs.length);
    const { replica_id } = desk.backend.opened
      .database!.sqlite.prepare('select replica_id from sync_state')
      .get() as { replica_id: string };
    expect(hlcs.every((h) => h.endsWith(`:${replica_id}`))).toBe(true);
    expect(hlcs).toEqual(log.map((r) => r.hlc));

    expect(deskLog(desk.backend).every((r) => r.shipped_at !== null)).toBe(true);
  });

  it('sends nothing when nothing is waiting, and a resend adds nothing on the server', async () => {
    const council = await startCouncil();
    const desk = await enrolledDesk(council);
    await aMorningsWork(desk);
    const { fetch, pushes } = recordingFetch();
    await push(council, desk, fetch);
    const first = deskLog(desk.backend);
    const onServer = await serverChanges(council);
    expect(pushes.map((p) => new Set(p.statuses))).toEqual([new Set(['applied'])]);

    expect(await push(council, desk, fetch)).toEqual({ shipped: 0, batches: 0, refused: [] });
    expect(pushes).toHaveLength(1);

    // As if the desk had died between the server's answer and marking the rows shipped.
    unship(desk);
    expect(await push(council, desk, fetch)).toEqual({
      shipped: first.length,
      batches: 1,
      refused: [],
    });
    expect(pushes.map((p) => [...new Set(p.statuses)])).toEqual([['applied'], ['already applied']]);
    expect(await serverChanges(council)).toEqual(onServer);
    expect(deskLog(desk.backend).every((r) => r.shipped_at !== null)).toBe(true);
  });

  it('leaves everything unshipped while the server is down, and ships it when it is back', async () => {
    const council = await startCouncil();
    const desk = await enrolledDesk(council);
    await aMorningsWork(desk);
    await council.stop();

    const report = await push(council, desk);
    expect(report.shipped).toBe(0);
    expect(report.failed?.reason).toMatch(/^Could not reach the council server/);
    expect(deskLog(desk.backend).every((r) => r.shipped_at === null)).toBe(true);

    await council.restart();
    const later = await push(council, desk);
    expect(later).toEqual({ shipped: deskLog(desk.backend).length, batches: 1, refused: [] });
    expect(await serverChanges(council)).toHaveLength(later.shipped);
  });

  it('marks nothing when the server answers with an error (its database gone: a 500)', async () => {
    const council = await startCouncil();
    const desk = await enrolledDesk(council);
    await aMorningsWork(desk);
    await council.db.destroy();

    const report = await push(council, desk);
    expect(report).toMatchObject({ shipped: 0, batches: 1, failed: { status: 500 } });
    expect(deskLog(desk.backend).every((r) => r.shipped_at === null)).toBe(true);
  });

  it('marks nothing for a desk the server does not know (a wrong secret: a 401)', async () => {
    const council = await startCouncil();
    const desk = await enrolledDesk(council);
    await aMorningsWork(desk);
    const report = await pushOutbox({
      db: desk.backend.opened.database!.db,
      serverUrl: council.url,
      deskId: desk.deskId,
      secret: 'not-the-secret',
    });
    expect(report).toMatchObject({ shipped: 0, failed: { status: 401 } });
    expect(report.failed?.reason).toMatch(/not enrolled, or its secret is wrong/);
    expect(deskLog(desk.backend).every((r) => r.shipped_at === null)).toBe(true);
    expect(await serverChanges(council)).toEqual([]);
  });
});

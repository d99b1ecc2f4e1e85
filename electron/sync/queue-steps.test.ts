// Every step of a visit on desks joined to the council server (issue 22): the server decides
// against the visit as every desk has sent it, so a desk holding a stale queue is refused with
// the reason and changes nothing; an appointment is checked in at one reception PC only; and a
// desk that cannot reach the server calls only visitors checked in at that PC but goes on
// serving the visitor already at its counter. Real desk back ends on SQLite and a real server
// on PostgreSQL.
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { MethodName, OutputOf, Result, InputOf } from '../../shared/api';
import { dispatch } from '../api/dispatch';
import { OFFLINE_CALL_ELSEWHERE } from '../api/queue/server-steps';
import { referenceIds } from '../../test/support/backend';
import { joinedDesk, save, startCouncil, type JoinedDesk } from './sync.support';

async function siteOf(desk: JoinedDesk) {
  const lists = await desk.backend.call('reference.list', {});
  if (!lists.ok) throw new Error(lists.error.message);
  return lists.value.sites.find((s) => s.kind === 'one_stop_shop')!;
}

/** A request as the desk's screen sends it: with a client mutation id, so it is pushed. */
async function press<K extends MethodName>(desk: JoinedDesk, method: K, input: InputOf<K>) {
  const { result } = await dispatch(desk.backend.opened.backend, {
    method,
    input,
    token: desk.backend.token,
    mutationId: uuidv7(),
  });
  return result as Result<OutputOf<K>>;
}

function visitRow(desk: JoinedDesk, ticket: string) {
  return desk.backend.opened
    .database!.sqlite.prepare('select state, desk_id from visits where ticket = ?')
    .get(ticket) as { state: string; desk_id: string | null };
}

/** Reception checks one visitor in; Desk 1's PC calls them; every desk has the call. */
async function calledVisitor() {
  const council = await startCouncil();
  const reception = await joinedDesk(council, 'Reception');
  const deskPc = await joinedDesk(council, 'Desk 1 PC');
  const site = await siteOf(reception);
  const ids = await referenceIds(reception.backend);
  const visit = await save(reception.backend, 'queue.checkIn', {
    siteId: site.id,
    serviceId: ids.councilTax,
  });
  await reception.sync();
  await deskPc.sync();
  const counter = await save(deskPc.backend, 'desks.open', { siteId: site.id, name: 'Desk 1' });
  const called = await press(deskPc, 'queue.callNext', { deskId: counter.id });
  expect(called).toMatchObject({ ok: true, value: { ticket: visit.ticket } });
  await deskPc.sync();
  await reception.sync();
  return { council, reception, deskPc, site, counter, visit };
}

describe('a visit’s later steps on joined desks', () => {
  it('refuses a step from a stale queue with the reason, and changes nothing there', async () => {
    const { reception, deskPc, counter, visit } = await calledVisitor();
    // Desk 1 starts serving; reception has not pulled that yet and marks a no-show.
    expect(
      await press(deskPc, 'queue.act', { visitId: visit.id, action: 'start', deskId: counter.id }),
    ).toMatchObject({ ok: true });
    expect(visitRow(reception, visit.ticket).state).toBe('called');
    const late = await press(reception, 'queue.act', { visitId: visit.id, action: 'no_show' });
    expect(late).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: `Ticket ${visit.ticket}: This visitor is being seen, so you cannot mark as not answering them.`,
      },
    });
    expect(visitRow(reception, visit.ticket).state).toBe('called');
    // Once both have synced, both read 'being seen', and nothing was refused in sync.
    for (const desk of [deskPc, reception]) await desk.sync();
    expect(visitRow(reception, visit.ticket).state).toBe('in_service');
    expect(visitRow(deskPc, visit.ticket).state).toBe('in_service');
    for (const desk of [deskPc, reception]) expect((await desk.sync()).problems).toBe(0);
  });

  it('lets only the desk a visitor was called to start serving them', async () => {
    const { council, reception, site, visit } = await calledVisitor();
    const other = await joinedDesk(council, 'Desk 2 PC');
    await other.sync();
    await other.backend.signIn('adviser2');
    const counter2 = await save(other.backend, 'desks.open', { siteId: site.id, name: 'Desk 2' });
    const refused = await press(other, 'queue.act', {
      visitId: visit.id,
      action: 'call',
      deskId: counter2.id,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!refused.ok && refused.error.message).toMatch(
      new RegExp(`^Ticket ${visit.ticket} (was|has) already (been )?called to Desk 1`),
    );
    expect((await reception.sync()).problems).toBe(0);
  });

  it('checks an appointment in at one reception PC only', async () => {
    const council = await startCouncil();
    const front = await joinedDesk(council, 'Reception front');
    const side = await joinedDesk(council, 'Reception side');
    const site = await siteOf(front);
    const ids = await referenceIds(front.backend);
    front.backend.clock.set(new Date('2026-11-23T09:30:00Z'));
    side.backend.clock.set(new Date('2026-11-23T09:31:00Z'));
    const booked = await save(front.backend, 'appointments.book', {
      siteId: site.id,
      serviceId: ids.councilTax,
      startsAt: '2026-11-23T10:00:00Z',
      durationMinutes: 20,
      customerName: 'Ada Lovelace',
    });
    await front.sync();
    await side.sync();
    const checkIn = { siteId: site.id, serviceId: ids.councilTax, appointmentId: booked.id };
    expect(await press(front, 'queue.checkIn', checkIn)).toMatchObject({ ok: true });
    // The side PC has not pulled the check-in: the server says no, and no visit is made.
    expect(await press(side, 'queue.checkIn', checkIn)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'That appointment is already checked in.' },
    });
    const visits = (desk: JoinedDesk) =>
      desk.backend.opened.database!.sqlite.prepare('select count(*) as n from visits').get();
    expect(visits(side)).toEqual({ n: 0 });
    for (const desk of [front, side]) await desk.sync();
    expect(visits(side)).toEqual({ n: 1 });
  });
});

describe('a joined desk that cannot reach the server', () => {
  it('will not call a visitor checked in at another PC, and goes on serving its own', async () => {
    const { council, deskPc, counter, site, visit } = await calledVisitor();
    const ids = await referenceIds(deskPc.backend);
    // Another visitor, checked in at reception and already on this desk's board.
    const reception2 = await joinedDesk(council, 'Reception 2');
    await reception2.sync();
    const waiting = await save(reception2.backend, 'queue.checkIn', {
      siteId: site.id,
      serviceId: ids.councilTax,
    });
    await reception2.sync();
    await deskPc.sync();
    await council.stop();
    // The visitor at its counter: served and finished without the server.
    for (const action of ['start', 'finish'] as const) {
      expect(
        await press(deskPc, 'queue.act', { visitId: visit.id, action, deskId: counter.id }),
      ).toMatchObject({ ok: true });
    }
    expect(visitRow(deskPc, visit.ticket).state).toBe('done');
    // The one from reception: not this desk's to call while it cannot ask.
    expect(
      await press(deskPc, 'queue.act', { visitId: waiting.id, action: 'call', deskId: counter.id }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: OFFLINE_CALL_ELSEWHERE } });
    expect(visitRow(deskPc, waiting.ticket).state).toBe('waiting');
  });
});

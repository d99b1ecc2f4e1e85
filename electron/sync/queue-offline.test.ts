// A desk of a One Stop Shop that loses the council server (issue 22, "offline at a site"): it
// keeps checking visitors in, calls only the visitors checked in at that PC (no other desk can
// be calling them), and when it is back its visitors join the site's queue in the order they
// arrived, counted once on every desk.
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { referenceIds } from '../../test/support/backend';
import { dispatch } from '../api/dispatch';
import { OFFLINE_QUEUE_EMPTY } from '../api/queue/server-steps';
import { joinedDesk, save, serverBack, startCouncil, type JoinedDesk } from './sync.support';

async function siteOf(desk: JoinedDesk) {
  const lists = await desk.backend.call('reference.list', {});
  if (!lists.ok) throw new Error(lists.error.message);
  return lists.value.sites.find((s) => s.kind === 'one_stop_shop')!;
}

async function checkIn(desk: JoinedDesk, at: string) {
  desk.backend.clock.set(new Date(at));
  const ids = await referenceIds(desk.backend);
  const site = await siteOf(desk);
  return save(desk.backend, 'queue.checkIn', { siteId: site.id, serviceId: ids.councilTax });
}

async function waitingTickets(desk: JoinedDesk) {
  const board = await desk.backend.call('queue.board', { siteId: (await siteOf(desk)).id });
  if (!board.ok) throw new Error(board.error.message);
  return board.value.waiting.map((v) => v.ticket);
}

describe('a desk that loses the council server', () => {
  it('has its visitors join the site’s queue in arrival order when it is back, once each', async () => {
    const council = await startCouncil();
    const reception = await joinedDesk(council, 'Reception');
    const side = await joinedDesk(council, 'Side door PC');
    const first = await checkIn(reception, '2026-11-23T10:00:00Z');
    await reception.sync();
    await side.sync();
    await council.stop();
    const offline = await checkIn(side, '2026-11-23T10:01:00Z');
    await serverBack(council, [reception, side]);
    const third = await checkIn(reception, '2026-11-23T10:02:00Z');
    for (const desk of [reception, side, reception]) await desk.sync();
    const order = [first.ticket, offline.ticket, third.ticket];
    expect(await waitingTickets(reception)).toEqual(order);
    expect(await waitingTickets(side)).toEqual(order);
  });

  it('calls only visitors checked in at that PC while it cannot reach the server', async () => {
    const council = await startCouncil();
    const reception = await joinedDesk(council, 'Reception');
    const deskPc = await joinedDesk(council, 'Desk 1 PC');
    await checkIn(reception, '2026-11-23T10:00:00Z'); // waiting longest, checked in elsewhere
    await reception.sync();
    const site = await siteOf(deskPc);
    const counter = await save(deskPc.backend, 'desks.open', { siteId: site.id, name: 'Desk 1' });
    await deskPc.sync();
    await council.stop();
    const press = async () =>
      (
        await dispatch(deskPc.backend.opened.backend, {
          method: 'queue.callNext',
          input: { deskId: counter.id },
          token: deskPc.backend.token,
          mutationId: uuidv7(),
        })
      ).result;
    // Nobody checked in here yet: the visitor from reception is not this desk's to call.
    expect(await press()).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining(OFFLINE_QUEUE_EMPTY) as unknown },
    });
    const own = await checkIn(deskPc, '2026-11-23T10:05:00Z');
    expect(await press()).toMatchObject({ ok: true, value: { ticket: own.ticket } });
  });
});

describe('what stays on the desk', () => {
  it('keeps a waiting-area display key on its PC: nothing waits to go, nothing is refused', async () => {
    const council = await startCouncil();
    const reception = await joinedDesk(council, 'Reception');
    await reception.backend.signIn('admin');
    const site = await siteOf(reception);
    await save(reception.backend, 'display.makeKey', {
      siteId: site.id,
      label: 'Town Hall waiting area',
    });
    await save(reception.backend, 'display.setSound', { siteId: site.id, soundOnCall: false });
    expect(await reception.sync()).toMatchObject({ online: true, waiting: 0, problems: 0 });
  });
});

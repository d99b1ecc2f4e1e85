// A morning at the Town Hall One Stop Shop through the real API and a real database: the
// day's figures worked out by hand, a second service, and coming back from hold.
import { describe, expect, it } from 'vitest';
import { ok } from '../../../test/support/backend';
import { backend, ids, minutes, checkIn, useQueueMorning } from './queue.support';

useQueueMorning();

describe("today's figures", () => {
  it('match a morning worked out by hand', async () => {
    const desk = await ok(backend.call('desks.open', { name: 'Desk 1' }));
    const a = await checkIn(); // 09:00
    minutes(1);
    const b = await checkIn(ids.housingBenefit); // 09:01
    minutes(1);
    const c = await checkIn(); // 09:02
    const d = await checkIn(); // 09:02, leaves
    minutes(2); // 09:04: A seen after 4 min
    await ok(backend.call('queue.callNext', { deskId: desk.id }));
    await ok(backend.call('queue.act', { visitId: a.id, action: 'start', deskId: desk.id }));
    minutes(7); // 09:11: A done after 7 min of service; B seen after 10 min exactly
    await ok(backend.call('queue.act', { visitId: a.id, action: 'finish', deskId: desk.id }));
    await ok(backend.call('queue.callNext', { deskId: desk.id }));
    await ok(backend.call('queue.act', { visitId: b.id, action: 'start', deskId: desk.id }));
    minutes(1);
    await ok(backend.call('queue.act', { visitId: d.id, action: 'left' })); // 09:12
    minutes(2); // 09:14: B steps away, comes back, then finishes
    await ok(backend.call('queue.act', { visitId: b.id, action: 'hold', deskId: desk.id }));
    await ok(backend.call('queue.callNext', { deskId: desk.id })); // C called at 09:14
    await ok(backend.call('queue.act', { visitId: c.id, action: 'start', deskId: desk.id })); // C seen after 12 min
    minutes(3);
    await ok(backend.call('queue.act', { visitId: b.id, action: 'return' }));
    const board = await ok(backend.call('queue.board', {}));
    // Seen: A 4 min, B 10 min, C 12 min. Within 10 minutes: 2 of 3. Left without being seen: 1.
    expect(board.today).toMatchObject({
      visits: 4,
      seen: 3,
      seenWithinLimit: 2,
      averageWaitSeconds: (26 * 60) / 3,
      p90WaitSeconds: 12 * 60,
      longestWaitSeconds: 12 * 60,
      leftWithoutBeingSeen: 1,
    });
    expect(board.today.shareWithinLimit).toBeCloseTo(2 / 3);
    expect(board.waiting.map((v) => v.ticket)).toEqual(['A002']); // B is back, keeping her place
    expect(board.active.map((v) => [v.ticket, v.state, v.deskName])).toEqual([
      ['A003', 'in_service', 'Desk 1'],
    ]);
    expect(
      board.today.byService.map((g) => [g.name, g.figures.seen, g.figures.seenWithinLimit]),
    ).toEqual([
      ['Council Tax', 2, 1],
      ['Housing Benefit and Council Tax Reduction', 1, 1],
    ]);
    expect(board.today.byDesk).toEqual([expect.objectContaining({ name: 'Desk 1' })]);
    // Finished service stretches: A 7 min, B 3 min (ended by the hold): mean 5 min.
    // 1 visitor waiting / 1 desk open x 5 min = 5 min for a new arrival.
    expect(board.estimatedWaitMinutes).toBe(5);
    expect(board.recentCalls.map((call) => call.ticket)).toEqual(['A003', 'A002', 'A001']);
  });

  it('times each stretch of a visit with a second service', async () => {
    const desk = await ok(backend.call('desks.open', { name: 'Desk 1' }));
    const visit = await checkIn();
    minutes(3);
    await ok(backend.call('queue.callNext', { deskId: desk.id }));
    await ok(backend.call('queue.act', { visitId: visit.id, action: 'start', deskId: desk.id }));
    minutes(5);
    const requeued = await ok(
      backend.call('queue.act', {
        visitId: visit.id,
        action: 'requeue',
        serviceId: ids.housingBenefit,
        deskId: desk.id,
      }),
    );
    expect(requeued).toMatchObject({
      state: 'waiting',
      serviceName: 'Housing Benefit and Council Tax Reduction',
      firstSeenAt: '2026-11-23T09:03:00.000Z',
    });
    minutes(15); // the second wait does not change the 10-minute figure
    await ok(backend.call('queue.callNext', { deskId: desk.id }));
    await ok(backend.call('queue.act', { visitId: visit.id, action: 'start', deskId: desk.id }));
    const board = await ok(backend.call('queue.board', {}));
    expect(board.today).toMatchObject({ seen: 1, seenWithinLimit: 1, longestWaitSeconds: 180 });
    const stretches = backend.opened
      .database!.sqlite.prepare(
        'select state, started_at, ended_at from visit_stretches where visit_id = ? order by started_at, rowid',
      )
      .all(visit.id);
    expect(stretches).toEqual([
      {
        state: 'waiting',
        started_at: '2026-11-23T09:00:00.000Z',
        ended_at: '2026-11-23T09:03:00.000Z',
      },
      {
        state: 'called',
        started_at: '2026-11-23T09:03:00.000Z',
        ended_at: '2026-11-23T09:03:00.000Z',
      },
      {
        state: 'in_service',
        started_at: '2026-11-23T09:03:00.000Z',
        ended_at: '2026-11-23T09:08:00.000Z',
      },
      {
        state: 'waiting',
        started_at: '2026-11-23T09:08:00.000Z',
        ended_at: '2026-11-23T09:23:00.000Z',
      },
      {
        state: 'called',
        started_at: '2026-11-23T09:23:00.000Z',
        ended_at: '2026-11-23T09:23:00.000Z',
      },
      { state: 'in_service', started_at: '2026-11-23T09:23:00.000Z', ended_at: null },
    ]);
  });

  it('records a contact from a finished visit, linked to it', async () => {
    const desk = await ok(backend.call('desks.open', { name: 'Desk 1' }));
    const visit = await checkIn();
    await ok(backend.call('queue.callNext', { deskId: desk.id }));
    await ok(backend.call('queue.act', { visitId: visit.id, action: 'start', deskId: desk.id }));
    minutes(6);
    await ok(backend.call('queue.act', { visitId: visit.id, action: 'finish', deskId: desk.id }));
    const contact = await ok(
      backend.call('contacts.record', {
        channel: 'face_to_face',
        serviceId: ids.councilTax,
        interactionTypeId: ids.providingInformation,
        customerTypeId: ids.citizen,
        outcome: 'resolved',
        startedAt: '2026-11-23T09:00:00Z',
        endedAt: '2026-11-23T09:06:00Z',
        visitId: visit.id,
      }),
    );
    expect(contact.visitId).toBe(visit.id);
  });
});

describe('coming back from hold', () => {
  it('keeps the place by default, or rejoins from the return when the council says so', async () => {
    const desk = await ok(backend.call('desks.open', { name: 'Desk 1' }));
    const first = await checkIn(); // 09:00
    minutes(1);
    await checkIn(); // 09:01
    await ok(backend.call('queue.callNext', { deskId: desk.id }));
    await ok(backend.call('queue.act', { visitId: first.id, action: 'start', deskId: desk.id }));
    await ok(backend.call('queue.act', { visitId: first.id, action: 'hold', deskId: desk.id }));
    minutes(5);
    await ok(backend.call('queue.act', { visitId: first.id, action: 'return' }));
    let board = await ok(backend.call('queue.board', {}));
    expect(board.waiting.map((v) => v.ticket)).toEqual(['A001', 'A002']);

    await backend.signIn('admin');
    const refused = await backend.call('settings.updateQueue', {
      waitLimitMinutes: 10,
      amberMinutes: 10,
      holdReturn: 'rejoin',
    });
    expect(!refused.ok && refused.error.fields?.amberMinutes).toBe(
      'The warning must come before the wait promise is broken: make it fewer minutes.',
    );
    await ok(
      backend.call('settings.updateQueue', {
        waitLimitMinutes: 10,
        amberMinutes: 8,
        holdReturn: 'rejoin',
      }),
    );
    await backend.signIn('adviser');
    await ok(backend.call('queue.act', { visitId: first.id, action: 'hold' }));
    minutes(1);
    await ok(backend.call('queue.act', { visitId: first.id, action: 'return' }));
    board = await ok(backend.call('queue.board', {}));
    expect(board.waiting.map((v) => v.ticket)).toEqual(['A002', 'A001']);
  });
});

// A morning at the Town Hall One Stop Shop through the real API and a real database, with
// the figures worked out by hand.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestBackend,
  ok,
  referenceIds,
  type TestBackend,
} from '../../../test/support/backend';

let backend: TestBackend;
let ids: Awaited<ReturnType<typeof referenceIds>>;

beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T09:00:00Z'); // 09:00 London (GMT)
  await backend.signIn('adviser');
  ids = await referenceIds(backend);
  // A desk can go longer than the 5-minute default without an API call; these tests move
  // the clock in big steps.
  backend.setSetting('security.lockAfterMinutes', 240);
});
afterEach(async () => {
  await backend.close();
});

const minutes = (n: number) => backend.clock.advance(n * 60_000);
const checkIn = (serviceId = ids.councilTax, extra = {}) =>
  ok(backend.call('queue.checkIn', { serviceId, ...extra }));

describe('check-in', () => {
  it('gives tickets numbered per site per day', async () => {
    const first = await checkIn();
    const second = await checkIn(ids.housingBenefit, {
      customerName: 'Mrs Patel',
      needs: {
        interpreter: true,
        language: 'Gujarati',
        bslSigner: false,
        hearingLoop: true,
        accessibleDesk: false,
        other: null,
      },
    });
    expect([first.ticket, second.ticket]).toEqual(['A001', 'A002']);
    expect(second).toMatchObject({
      customerName: 'Mrs Patel',
      needs: { interpreter: true, language: 'Gujarati', hearingLoop: true },
      state: 'waiting',
    });
    backend.clock.set('2026-11-24T08:45:00Z');
    await backend.signIn('adviser');
    expect((await checkIn()).ticket).toBe('A001');
  });

  it('refuses an interpreter need with no language, and writes nothing', async () => {
    const result = await backend.call('queue.checkIn', {
      serviceId: ids.councilTax,
      needs: {
        interpreter: true,
        language: null,
        bslSigner: false,
        hearingLoop: false,
        accessibleDesk: false,
        other: null,
      },
    });
    expect(!result.ok && result.error.fields?.['needs.language']).toBe(
      'Say which language the interpreter is for.',
    );
    const board = await ok(backend.call('queue.board', {}));
    expect(board.waiting).toHaveLength(0);
  });

  it('shows a linked customer’s warning marker to the desk', async () => {
    const customer = await ok(
      backend.call('customers.create', {
        firstName: 'Sam',
        lastName: 'Jones',
        postcode: 'wa8 7qa',
      }),
    );
    expect(customer.postcode).toBe('WA8 7QA');
    const db = backend.opened.database!.sqlite;
    const staffId = (
      db.prepare("select id from staff where username = 'teamleader'").get() as { id: string }
    ).id;
    db.prepare(
      "insert into customer_markers (id, customer_id, kind, reason, review_date, set_by, set_at) values ('m1', ?, 'Potentially violent person', 'Threatened staff, March 2026', '2027-03-01', ?, '2026-03-02T10:00:00Z')",
    ).run(customer.id, staffId);
    const visit = await checkIn(ids.councilTax, { customerId: customer.id });
    expect(visit.customerName).toBe('Sam Jones');
    expect(visit.warningMarkers).toEqual([
      {
        kind: 'Potentially violent person',
        reason: 'Threatened staff, March 2026',
        reviewDate: '2027-03-01',
      },
    ]);
    const found = await ok(backend.call('customers.find', { query: 'wa87' }));
    expect(found.map((c) => [c.displayName, c.hasWarningMarker])).toEqual([['Sam Jones', true]]);
  });
});

describe('appointments and the wait rule', () => {
  it('times an early appointment from its time and a late one from arrival', async () => {
    const early = await ok(
      backend.call('appointments.book', {
        serviceId: ids.housingBenefit,
        startsAt: '2026-11-23T09:10:00Z',
        customerName: 'Early Ed',
      }),
    );
    const late = await ok(
      backend.call('appointments.book', {
        serviceId: ids.housingBenefit,
        startsAt: '2026-11-23T09:00:00Z',
        customerName: 'Late Liz',
      }),
    );
    const edVisit = await checkIn(ids.housingBenefit, { appointmentId: early.id }); // 09:00, 10 min early
    minutes(5);
    const lizVisit = await checkIn(ids.housingBenefit, { appointmentId: late.id }); // 09:05, 5 min late
    expect(edVisit.waitStartsAt).toBe('2026-11-23T09:10:00.000Z');
    expect(lizVisit.waitStartsAt).toBe('2026-11-23T09:05:00.000Z');

    const desk = await ok(backend.call('desks.open', { name: 'Desk 1' }));
    const called = await ok(backend.call('queue.callNext', { deskId: desk.id }));
    expect(called.ticket).toBe(lizVisit.ticket); // her clock started first
    const list = await ok(backend.call('appointments.list', { date: '2026-11-23' }));
    expect(list.map((a) => [a.customerName, a.status, a.ticket])).toEqual([
      ['Late Liz', 'checked_in', 'A002'],
      ['Early Ed', 'checked_in', 'A001'],
    ]);
    const again = await backend.call('queue.checkIn', {
      serviceId: ids.housingBenefit,
      appointmentId: early.id,
    });
    expect(!again.ok && again.error.message).toBe('That appointment is already checked in.');
  });
});

describe('desks and the state rules', () => {
  it('refuses finishing a visit never started, and calling one already called at another desk', async () => {
    const visit = await checkIn();
    const desk1 = await ok(backend.call('desks.open', { name: 'Desk 1' }));
    const finish = await backend.call('queue.act', {
      visitId: visit.id,
      action: 'finish',
      deskId: desk1.id,
    });
    expect(!finish.ok && finish.error).toEqual({
      code: 'CONFLICT',
      message:
        'Ticket A001: This visitor is waiting, so you cannot finish them: start serving them first.',
    });

    await ok(backend.call('queue.act', { visitId: visit.id, action: 'call', deskId: desk1.id }));
    const townHall = (await ok(backend.call('queue.board', {}))).site.id;
    await backend.signIn('adviser2'); // a colleague at the next desk
    const desk2 = await ok(backend.call('desks.open', { name: 'Desk 2', siteId: townHall }));
    const steal = await backend.call('queue.act', {
      visitId: visit.id,
      action: 'call',
      deskId: desk2.id,
    });
    expect(!steal.ok && steal.error.message).toBe('Ticket A001 has already been called to Desk 1.');
    const taken = await backend.call('desks.open', { name: 'Desk 1', siteId: townHall });
    expect(!taken.ok && taken.error.message).toBe(
      'Desk 1 is already open for Amina Khan. Choose another desk.',
    );
  });

  it('calls a visitor only to one’s own desk, unless a team leader covers', async () => {
    const visit = await checkIn();
    const desk1 = await ok(backend.call('desks.open', { name: 'Desk 1' }));
    const townHall = (await ok(backend.call('queue.board', {}))).site.id;
    await backend.signIn('adviser2'); // a colleague, not at Desk 1
    const refused = `Desk 1 is open for a colleague: call visitors to your own desk. A team leader can call to any desk.`;
    const byAct = await backend.call('queue.act', {
      visitId: visit.id,
      action: 'call',
      deskId: desk1.id,
    });
    expect(!byAct.ok && byAct.error).toEqual({ code: 'FORBIDDEN', message: refused });
    const byNext = await backend.call('queue.callNext', { deskId: desk1.id });
    expect(!byNext.ok && byNext.error).toEqual({ code: 'FORBIDDEN', message: refused });
    expect((await ok(backend.call('queue.board', { siteId: townHall }))).waiting).toHaveLength(1);

    await backend.signIn('teamleader');
    const covered = await ok(backend.call('queue.callNext', { deskId: desk1.id }));
    expect(covered).toMatchObject({ state: 'called', deskId: desk1.id });
  });

  it('keeps each desk to one visitor and each visitor to one desk', async () => {
    const a = await checkIn();
    const b = await checkIn();
    const desk1 = await ok(backend.call('desks.open', { name: 'Desk 1' }));
    const desk2 = await ok(backend.call('desks.open', { name: 'Desk 2' }));
    await ok(backend.call('queue.act', { visitId: a.id, action: 'call', deskId: desk1.id }));
    const twice = await backend.call('queue.act', {
      visitId: a.id,
      action: 'call',
      deskId: desk2.id,
    });
    expect(!twice.ok && twice.error.message).toBe('Ticket A001 has already been called to Desk 1.');
    const busy = await backend.call('queue.act', {
      visitId: b.id,
      action: 'call',
      deskId: desk1.id,
    });
    expect(!busy.ok && busy.error.message).toBe(
      'Desk 1 is still with ticket A001. Finish, hold or send them back before calling another visitor.',
    );
    const recall = await ok(
      backend.call('queue.act', { visitId: a.id, action: 'call', deskId: desk1.id }),
    );
    expect(recall.callCount).toBe(2);
  });

  it('calls next only for the services a desk handles', async () => {
    await checkIn(ids.councilTax);
    const hb = await checkIn(ids.housingBenefit);
    const benefitsDesk = await ok(
      backend.call('desks.open', { name: 'Benefits desk', serviceIds: [ids.housingBenefit] }),
    );
    expect((await ok(backend.call('queue.callNext', { deskId: benefitsDesk.id }))).id).toBe(hb.id);
    await ok(
      backend.call('queue.act', { visitId: hb.id, action: 'no_show', deskId: benefitsDesk.id }),
    );
    const none = await backend.call('queue.callNext', { deskId: benefitsDesk.id });
    expect(!none.ok && none.error.message).toBe(
      'Nobody is waiting for the services this desk handles.',
    );
  });
});

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

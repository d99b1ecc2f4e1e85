// The queue at the Town Hall One Stop Shop through the real API and a real database:
// check-in, appointments and the wait rule, desks and the state rules (the day's figures
// are in queue-figures.test.ts).
import { describe, expect, it } from 'vitest';
import { ok } from '../../../test/support/backend';
import { backend, ids, minutes, checkIn, useQueueMorning } from './queue.support';

useQueueMorning();

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

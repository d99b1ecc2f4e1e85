// Today's queue, decided by the council server (issue 22): of desks calling one visitor at the
// same moment exactly one is granted, the others are told where the visitor went; every later
// step (start, hold, finish, no-show…) is granted only from where the visit stands, counting a
// step granted a moment ago whose push has not arrived; an appointment is checked in once. On
// real PostgreSQL; the call race runs a thousand times.
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { VisitAction } from '../shared/domain/visits';
import { claimCheckIn, claimStep } from './queue/step-claims';
import { change, enrol, post, push, testServer } from './test/sync-client';

let clock = Date.now();
const hlc = () => `${(clock += 1).toString().padStart(15, '0')}:0000:desk`;

async function council() {
  const { app, db } = await testServer();
  const reception = await enrol(app, db, 'TH', 'Reception');
  /** A visitor checked in at reception and pushed, as the desk's outbox sends it. */
  async function checkIn(ticket: string) {
    const id = uuidv7();
    const { body } = await push(app, reception, [
      change({ entity: 'visits', entityId: id, hlc: hlc(), data: { ticket, state: 'waiting' } }),
    ]);
    expect(body.results[0]!.status).toBe('applied');
    return id;
  }
  /** A step a desk took and pushed (its own call, a start, a finish). */
  async function step(visitId: string, data: Record<string, unknown>) {
    await push(app, reception, [
      change({ entity: 'visits', entityId: visitId, op: 'update', hlc: hlc(), data }),
    ]);
  }
  /** Desk `desk` asks to take `action` (a call unless said). */
  const ask = (visitId: string, desk: number, action: VisitAction = 'call') =>
    claimStep(db, {
      visitId,
      action,
      deskId: reception.deskId,
      serviceDeskId: `counter-${desk}`,
      serviceDeskName: `Desk ${desk}`,
    });
  return { app, db, reception, checkIn, step, ask };
}

describe('calling a visitor through the council server', () => {
  it('grants one of two and of ten desks calling at once, a thousand times over', async () => {
    const { checkIn, ask } = await council();
    for (let round = 0; round < 1000; round += 1) {
      const desks = round % 2 === 0 ? 2 : 10;
      const visit = await checkIn(`A${round}`);
      const answers = await Promise.all(Array.from({ length: desks }, (_, d) => ask(visit, d)));
      const granted = answers.filter((a) => a.status === 'granted');
      expect(granted, `round ${round}`).toHaveLength(1);
      const winner = answers.findIndex((a) => a.status === 'granted');
      for (const answer of answers.filter((a) => a.status !== 'granted')) {
        expect(answer.status === 'refused' && answer.reason).toMatch(
          new RegExp(`^Ticket A${round} was already called to Desk ${winner} at \\d\\d:\\d\\d\\.$`),
        );
      }
    }
  }, 240_000);

  it('lets the desk that called recall, and refuses others once the call has reached the server', async () => {
    const { checkIn, step, ask } = await council();
    const visit = await checkIn('A001');
    expect(await ask(visit, 1)).toEqual({ status: 'granted' });
    expect(await ask(visit, 1)).toEqual({ status: 'granted' }); // a recall
    // The called desk's own push of the call arrives: its state, not the grant, now decides.
    await step(visit, {
      state: 'called',
      desk_id: 'counter-1',
      called_at: new Date().toISOString(),
    });
    const other = await ask(visit, 2);
    expect(other.status === 'refused' && other.reason).toMatch(
      /was already called to another desk/,
    );
    expect(await ask(visit, 1)).toEqual({ status: 'granted' });
  });

  it('refuses to call a visitor being seen or finished, in the state machine’s words', async () => {
    const { checkIn, step, ask } = await council();
    const visit = await checkIn('A002');
    await step(visit, { state: 'done' });
    expect(await ask(visit, 1)).toEqual({
      status: 'refused',
      reason: 'Ticket A002: This visitor is finished, so you cannot call them.',
    });
  });

  it('grants again once a visitor called elsewhere is back in the queue', async () => {
    const { checkIn, step, ask } = await council();
    const visit = await checkIn('A003');
    expect(await ask(visit, 1)).toEqual({ status: 'granted' });
    await step(visit, { state: 'called', desk_id: 'counter-1' });
    await step(visit, { state: 'waiting', desk_id: null }); // "put back in the queue"
    expect(await ask(visit, 2)).toEqual({ status: 'granted' });
  });

  it('says when it holds nothing of the visit, and answers only enrolled desks', async () => {
    const { app, reception, ask } = await council();
    expect(await ask(uuidv7(), 1)).toEqual({ status: 'unknown' });
    const body = {
      visitId: uuidv7(),
      action: 'call',
      serviceDeskId: 'counter-1',
      serviceDeskName: 'Desk 1',
    };
    expect((await post(app, '/queue/step', body)).status).toBe(401);
    expect(await post(app, '/queue/step', body, reception.auth)).toEqual({
      status: 200,
      body: { status: 'unknown' },
    });
    expect((await post(app, '/queue/step', { visitId: 'x' }, reception.auth)).status).toBe(400);
    const badAction = await post(
      app,
      '/queue/step',
      { ...body, action: 'teleport' },
      reception.auth,
    );
    expect(badAction.status).toBe(400);
    expect((await post(app, '/queue/check-in', {}, reception.auth)).status).toBe(400);
  });
});

describe('every later step of a visit, decided by the council server', () => {
  it('lets only the desk a visitor was called to start serving them, before and after its push', async () => {
    const { checkIn, step, ask } = await council();
    const visit = await checkIn('B001');
    expect(await ask(visit, 1)).toEqual({ status: 'granted' });
    // Desk 1's push of the call has not arrived: the grant decides.
    expect(await ask(visit, 2, 'start')).toEqual({
      status: 'refused',
      reason: 'Ticket B001 was called to Desk 1, not your desk.',
    });
    await step(visit, { state: 'called', desk_id: 'counter-1' });
    const other = await ask(visit, 2, 'start');
    expect(other.status === 'refused' && other.reason).toBe(
      'Ticket B001 was called to another desk, not your desk.',
    );
    expect(await ask(visit, 1, 'start')).toEqual({ status: 'granted' });
  });

  it('counts a step granted a moment ago whose push has not arrived', async () => {
    const { checkIn, step, ask } = await council();
    const visit = await checkIn('B002');
    await step(visit, { state: 'called', desk_id: 'counter-1' });
    expect(await ask(visit, 1, 'start')).toEqual({ status: 'granted' });
    // Desk 2 sees only the call and marks the visitor as not answering: too late.
    expect(await ask(visit, 2, 'no_show')).toEqual({
      status: 'refused',
      reason: 'Ticket B002: This visitor is being seen, so you cannot mark as not answering them.',
    });
    // Desk 1 goes on from its own granted step: finish, then nothing more.
    expect(await ask(visit, 1, 'finish')).toEqual({ status: 'granted' });
    expect(await ask(visit, 1, 'hold')).toEqual({
      status: 'refused',
      reason: 'Ticket B002: This visitor is finished, so you cannot put on hold them.',
    });
    // Once the pushes arrive, the replayed visit decides, and says the same.
    await step(visit, { state: 'in_service' });
    await step(visit, { state: 'done' });
    expect((await ask(visit, 2, 'left')).status).toBe('refused');
  });

  it('of a start and a no-show pressed at once on two desks, grants exactly one, 200 times over', async () => {
    const { checkIn, step, ask } = await council();
    for (let round = 0; round < 200; round += 1) {
      const visit = await checkIn(`C${round}`);
      await step(visit, { state: 'called', desk_id: 'counter-1' });
      const answers = await Promise.all([ask(visit, 1, 'start'), ask(visit, 2, 'no_show')]);
      expect(
        answers.filter((a) => a.status === 'granted'),
        `round ${round}`,
      ).toHaveLength(1);
    }
  }, 120_000);

  it('puts a visitor back in the queue for any desk once a hold or a return is granted', async () => {
    const { checkIn, step, ask } = await council();
    const visit = await checkIn('B003');
    await step(visit, { state: 'called', desk_id: 'counter-1' });
    expect(await ask(visit, 1, 'return')).toEqual({ status: 'granted' });
    expect(await ask(visit, 2)).toEqual({ status: 'granted' }); // desk 2 may call them now
  });

  it('checks an appointment in once, whichever PC asks first', async () => {
    const { app, db, reception } = await council();
    const appointment = uuidv7();
    await push(app, reception, [
      change({
        entity: 'appointments',
        entityId: appointment,
        hlc: hlc(),
        data: { status: 'booked' },
      }),
    ]);
    const checkInAt = () =>
      claimCheckIn(db, { appointmentId: appointment, deskId: reception.deskId });
    const answers = await Promise.all([checkInAt(), checkInAt()]);
    expect(answers).toContainEqual({ status: 'granted' });
    expect(answers).toContainEqual({
      status: 'refused',
      reason: 'That appointment is already checked in.',
    });
    const cancelled = uuidv7();
    await push(app, reception, [
      change({
        entity: 'appointments',
        entityId: cancelled,
        hlc: hlc(),
        data: { status: 'cancelled' },
      }),
    ]);
    expect(await claimCheckIn(db, { appointmentId: cancelled, deskId: reception.deskId })).toEqual({
      status: 'refused',
      reason: 'That appointment is already cancelled.',
    });
    expect(await claimCheckIn(db, { appointmentId: uuidv7(), deskId: reception.deskId })).toEqual({
      status: 'unknown',
    });
  });
});

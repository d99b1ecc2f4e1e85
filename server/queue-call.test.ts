// Calling a visitor, decided by the council server (issue 22): of desks calling one visitor
// at the same moment exactly one is granted, the others are told where the visitor went, and
// a visitor who may not be called (being seen, finished) is refused with the state machine's
// words. On real PostgreSQL; the race runs a thousand times.
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { claimCall } from './queue/call-claims';
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
  const ask = (visitId: string, desk: number) =>
    claimCall(db, {
      visitId,
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
    const body = { visitId: uuidv7(), serviceDeskId: 'counter-1', serviceDeskName: 'Desk 1' };
    expect((await post(app, '/queue/call', body)).status).toBe(401);
    expect(await post(app, '/queue/call', body, reception.auth)).toEqual({
      status: 200,
      body: { status: 'unknown' },
    });
    expect((await post(app, '/queue/call', { visitId: 'x' }, reception.auth)).status).toBe(400);
  });
});

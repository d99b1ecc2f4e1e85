// Two desks of a One Stop Shop calling the next visitor at the same moment (issue 22): each
// desk asks the council server, which grants each visitor to one desk only, so the two get
// different visitors, nobody is called twice and nobody waiting is skipped. Real desk back
// ends on SQLite and a real server on PostgreSQL.
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { OutputOf, Result } from '../../shared/api';
import { dispatch } from '../api/dispatch';
import { referenceIds } from '../../test/support/backend';
import { joinedDesk, save, startCouncil, type JoinedDesk } from './sync.support';

async function openCounter(desk: JoinedDesk, name: string) {
  const lists = await desk.backend.call('reference.list', {});
  if (!lists.ok) throw new Error(lists.error.message);
  const site = lists.value.sites.find((s) => s.kind === 'one_stop_shop')!;
  return { site, counter: await save(desk.backend, 'desks.open', { siteId: site.id, name }) };
}

/** "Call next" as the desk's screen sends it: with a client mutation id, so it is pushed. */
async function press(desk: JoinedDesk, deskId: string) {
  const { result } = await dispatch(desk.backend.opened.backend, {
    method: 'queue.callNext',
    input: { deskId },
    token: desk.backend.token,
    mutationId: uuidv7(),
  });
  return result as Result<OutputOf<'queue.callNext'>>;
}

describe('two desks calling the next visitor at once', () => {
  it('gives each a different visitor, in the order they arrived, and tells the last one why not', async () => {
    const council = await startCouncil();
    const reception = await joinedDesk(council, 'Reception');
    const deskA = await joinedDesk(council, 'Desk A PC');
    const deskB = await joinedDesk(council, 'Desk B PC');
    const { site } = await openCounter(reception, 'Reception');
    const ids = await referenceIds(reception.backend);
    const tickets: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      reception.backend.clock.set(new Date(Date.parse('2026-11-23T10:00:00Z') + i * 60_000));
      const visit = await save(reception.backend, 'queue.checkIn', {
        siteId: site.id,
        serviceId: ids.councilTax,
      });
      tickets.push(visit.ticket);
    }
    await reception.sync();
    const a = await openCounter(deskA, 'Desk 1');
    const b = await openCounter(deskB, 'Desk 2');
    for (const desk of [deskA, deskB, deskA]) await desk.sync();

    // Twice, both desks press "call next" together: they hold the same stale queue, and the
    // server decides.
    const called: string[] = [];
    const calledIds: string[] = [];
    for (let round = 0; round < 2; round += 1) {
      const answers = await Promise.all([press(deskA, a.counter.id), press(deskB, b.counter.id)]);
      for (const [i, answer] of answers.entries()) {
        if (!answer.ok) throw new Error(answer.error.message);
        called.push(answer.value.ticket);
        calledIds.push(answer.value.id);
        if (round > 0) continue;
        // Each desk sees its first visitor and finishes, ready for the next.
        const [desk, counter] = i === 0 ? [deskA, a.counter] : [deskB, b.counter];
        for (const action of ['start', 'finish'] as const) {
          await save(desk.backend, 'queue.act', {
            visitId: answer.value.id,
            action,
            deskId: counter.id,
          });
        }
      }
    }
    // Four different visitors, the four who were waiting: none twice, none skipped.
    expect([...called].sort()).toEqual([...tickets].sort());
    // The two who waited longest went first.
    expect(called.slice(0, 2).sort()).toEqual(tickets.slice(0, 2).sort());
    // A desk still with its visitor is told so before anyone else is asked for: a call the
    // server granted would hold the next visitor from every other desk.
    const busy = await press(deskA, a.counter.id);
    expect(busy).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!busy.ok && busy.error.message).toBe(
      `Desk 1 is still with ticket ${called[2]}. Finish, hold or send them back before calling another visitor.`,
    );
    // Once its visitor has not answered, nobody is left: the next press says so, whatever this
    // desk still shows of the queue.
    await save(deskA.backend, 'queue.act', { visitId: calledIds[2]!, action: 'no_show' });
    const none = await press(deskA, a.counter.id);
    expect(none).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Every desk ends with each visitor called once (the first two seen and finished, one not
    // answering), and no sync problem.
    for (const desk of [deskA, deskB, reception, deskA, deskB]) await desk.sync();
    for (const desk of [reception, deskA, deskB]) {
      const rows = desk.backend.opened
        .database!.sqlite.prepare('select ticket, state, call_count from visits order by ticket')
        .all();
      expect(rows).toEqual(
        tickets.map((ticket, i) => ({
          ticket,
          state: i < 2 ? 'done' : ticket === called[2] ? 'no_show' : 'called',
          call_count: 1,
        })),
      );
      expect((await desk.sync()).problems).toBe(0);
    }
  });
});

describe('a desk’s presence on the site’s other PCs', () => {
  it('shows reception a desk at another PC staffed, locked, back, and closed at sign-out', async () => {
    const council = await startCouncil();
    const reception = await joinedDesk(council, 'Reception');
    const deskPc = await joinedDesk(council, 'Desk 1 PC');
    await deskPc.backend.signIn('adviser2'); // someone other than reception's adviser
    const { site, counter } = await openCounter(deskPc, 'Desk 1');
    const staffed = async () => {
      // The desk PC's own round, as its timer runs it (a locked screen cannot ask for one).
      const { backend } = deskPc.backend.opened;
      if (!backend.ctx) throw new Error('no back end');
      await backend.ctx.sync.syncNow();
      await reception.sync();
      const board = await reception.backend.call('queue.board', { siteId: site.id });
      if (!board.ok) throw new Error(board.error.message);
      const desk = board.value.desks.find((d) => d.id === counter.id);
      return { staffed: board.value.staffedDesks, open: desk?.isOpen ?? false };
    };
    expect(await staffed()).toEqual({ staffed: 1, open: true });
    await save(deskPc.backend, 'auth.lock', {});
    expect(await staffed()).toEqual({ staffed: 0, open: true });
    await save(deskPc.backend, 'auth.unlock', { password: 'demo1234' });
    expect(await staffed()).toEqual({ staffed: 1, open: true });
    await save(deskPc.backend, 'auth.signOut', {});
    expect(await staffed()).toEqual({ staffed: 0, open: false });
  });
});

// The sync problems list (issue 21, "nothing is ever dropped silently"): a change the server
// refuses stays on the desk, is listed with the reason and what to do, and leaves the outbox
// only when a team leader marks it dealt with.
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { joinedDesk, startCouncil, type JoinedDesk } from './sync.support';

/** A change the server refuses: an adviser renaming a service (an administrator's list). */
function plantRefusedChange(desk: JoinedDesk): string {
  const mutationId = uuidv7();
  const { sqlite } = desk.backend.opened.database!;
  const adviser = sqlite.prepare("select id from staff where username = 'adviser'").pluck().get();
  const service = sqlite.prepare('select id from services limit 1').pluck().get();
  sqlite
    .prepare(
      `insert into change_log (id, at, staff_id, site_id, entity, entity_id, action, before, after,
         shipped_at, mutation_id)
       values (?, '2026-11-23T10:00:00.000Z', ?, null, 'services', ?, 'update', null,
         '{"name":"Renamed"}', null, ?)`,
    )
    .run(uuidv7(), adviser, service, mutationId);
  return mutationId;
}

describe('the sync problems list', () => {
  it('lists a refused change with its reason until a leader marks it dealt with', async () => {
    const council = await startCouncil();
    const desk = await joinedDesk(council, 'Desk A');
    plantRefusedChange(desk);

    expect(await desk.sync()).toMatchObject({ online: true, waiting: 1, problems: 1 });
    const listed = await desk.backend.call('sync.problems', {});
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value).toEqual([
      expect.objectContaining({
        direction: 'push',
        reason: 'Only an administrator changes the council’s lists.',
        whatToDo: expect.stringMatching(/kept on this desk/) as string,
      }),
    ]);
    // Offered again each round, listed once.
    expect(await desk.sync()).toMatchObject({ waiting: 1, problems: 1 });

    const adviser = await desk.backend.call('sync.resolveProblem', { id: listed.value[0]!.id });
    expect(adviser).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await desk.backend.signIn('teamleader');
    const done = await desk.backend.call('sync.resolveProblem', { id: listed.value[0]!.id });
    expect(done).toEqual({ ok: true, value: null });
    expect(await desk.sync()).toMatchObject({ waiting: 0, problems: 0 });
  });
});

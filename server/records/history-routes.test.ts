// POST /records/customer-history (issue 21's offline profile): only for an enrolled desk, only
// on behalf of an active member of staff the council's records know, and only for a question
// asked properly. On real PostgreSQL; the entries themselves are tested with real desks in
// electron/sync/customer-history-route.test.ts.
import { describe, expect, it } from 'vitest';
import { change, enrol, post, push, testServer } from '../test/sync-client';

const QUESTION = {
  customerId: '01900000-0000-7000-8000-000000000001',
  staffId: 'staff-1',
  before: '2026-08-26T10:00:00.000Z',
  now: '2026-11-23T10:00:00.000Z',
};

/** The member of staff's own account, as their desk sends it (they may change their own). */
const account = (active: number) =>
  change({
    entity: 'staff',
    entityId: 'staff-1',
    op: active ? 'create' : 'update',
    data: { username: 'staff-1', display_name: 'Sam Adviser', role: 'adviser', active },
  });

describe('the customer history route', () => {
  it('answers only an enrolled desk', async () => {
    const { app } = await testServer();
    const answer = await post<{ error: string }>(app, '/records/customer-history', QUESTION);
    expect(answer.status).toBe(401);
  });

  it('refuses a question asked wrongly, saying what to send', async () => {
    const { app, db } = await testServer();
    const desk = await enrol(app, db);
    for (const wrong of [
      { ...QUESTION, before: 'last August' },
      { ...QUESTION, limit: 0 },
      { ...QUESTION, limit: 201 },
      { ...QUESTION, customerId: '' },
      { ...QUESTION, extra: true },
    ]) {
      const answer = await post<{ error: string }>(
        app,
        '/records/customer-history',
        wrong,
        desk.auth,
      );
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatch(/^Send \{ customerId, staffId, before, now, limit\? /);
    }
  });

  it('answers for an active member of staff, and refuses one unknown or closed', async () => {
    const { app, db } = await testServer();
    const desk = await enrol(app, db);
    const ask = () => post<unknown>(app, '/records/customer-history', QUESTION, desk.auth);

    const unknown = await ask();
    expect(unknown.status).toBe(403);
    expect(unknown.body).toEqual({
      error:
        'The council server does not know this member of staff as an active adviser, team leader or administrator, so it shows them no customer history.',
    });

    expect((await push(app, desk, [account(1)])).body.results[0]!.status).toBe('applied');
    // The records catch up before the route reads them: no wait here.
    expect(await ask()).toEqual({ status: 200, body: { entries: [], more: false } });

    expect((await push(app, desk, [account(0)])).body.results[0]!.status).toBe('applied');
    expect((await ask()).status).toBe(403);
  });
});

// GET /sync/pull: every change after the cursor, in version order, in pages of at most 1000.
import { expect, it } from 'vitest';
import { change, enrol, pull, push, pullAll, testServer } from './test/sync-client';

it('pages 2,500 changes as 1000, 1000 and 500 with rising cursors, nothing missed or repeated', async () => {
  const { app, db } = await testServer();
  const [deskA, deskB] = [await enrol(app, db), await enrol(app, db, 'LIB', 'Library')];
  const sent: string[] = [];
  for (let batch = 0; batch < 5; batch++) {
    const changes = Array.from({ length: 500 }, () => change());
    const desk = batch % 2 ? deskB : deskA;
    const { body } = await push(app, desk, changes);
    expect(body.results.every((r) => r.status === 'applied')).toBe(true);
    sent.push(...changes.map((c) => c.entityId as string));
  }

  const pages = [];
  let cursor = '0';
  for (;;) {
    // Asking for more than 1000 still gets 1000.
    const { status, body } = await pull(app, deskA, cursor, 5000);
    expect(status).toBe(200);
    pages.push(body);
    expect(BigInt(body.cursor)).toBeGreaterThan(BigInt(cursor));
    cursor = body.cursor;
    if (!body.more) break;
  }
  expect(pages.map((p) => [p.changes.length, p.cursor, p.more])).toEqual([
    [1000, '1000', true],
    [1000, '2000', true],
    [500, '2500', false],
  ]);
  const pulled = pages.flatMap((p) => p.changes);
  // Everything, the desk's own included (it skips those by desk id), in push order.
  expect(pulled.map((c) => c.entityId)).toEqual(sent);
  expect(pulled.map((c) => Number(c.version))).toEqual(sent.map((_, i) => i + 1));
  expect(new Set(pulled.map((c) => c.deskId))).toEqual(new Set([deskA.deskId, deskB.deskId]));

  // At the end: an empty page that keeps the cursor.
  expect((await pull(app, deskA, cursor)).body).toEqual({
    changes: [],
    cursor: '2500',
    more: false,
  });
});

it('returns each change as pushed, with its desk, staff member and HLC', async () => {
  const { app, db } = await testServer();
  const desk = await enrol(app, db);
  const sent = change({
    entity: 'customers',
    op: 'update',
    data: { phone: '01234 567890', vip: false },
  });
  await push(app, desk, [sent]);
  const { changes } = await pullAll(app, desk);
  expect(changes).toEqual([
    {
      version: '1',
      mutationId: sent.mutationId,
      deskId: desk.deskId,
      staffId: 'staff-1',
      hlc: sent.hlc,
      entity: 'customers',
      entityId: sent.entityId,
      op: 'update',
      data: { phone: '01234 567890', vip: false },
    },
  ]);
});

it('refuses a cursor or limit that is not a whole number', async () => {
  const { app, db } = await testServer();
  const desk = await enrol(app, db);
  for (const query of [
    'after=-1',
    'after=abc',
    'after=99999999999999999999',
    'limit=0',
    'limit=x',
  ]) {
    const answer = await app.inject({
      method: 'GET',
      url: `/sync/pull?${query}`,
      headers: { authorization: desk.auth },
    });
    expect(answer.statusCode, query).toBe(400);
  }
  expect((await pull(app, desk, '9223372036854775807')).status).toBe(200);
});

// POST /sync/push: applied, already applied or refused per change; a resent batch writes nothing.
import { describe, expect, it } from 'vitest';
import { readCouncilVersion } from './db/council-version';
import { change, enrol, push, testServer, type TestServer } from './test/sync-client';

async function snapshot({ db }: TestServer) {
  return {
    version: await readCouncilVersion(db),
    mutations: await db.selectFrom('mutations').select(['id', 'desk_id']).orderBy('id').execute(),
    changes: await db.selectFrom('changes').selectAll().orderBy('version').execute(),
  };
}

describe('POST /sync/push', () => {
  it('applies a batch once: resent, every change is already applied and nothing moves', async () => {
    const server = await testServer();
    const desk = await enrol(server.app, server.db);
    const save = change({ entity: 'customers', op: 'update', data: { phone: '01234 567890' } });
    // One desk save that logged two rows shares a mutation id.
    const batch = [
      change(),
      save,
      { ...change({ entity: 'contacts' }), mutationId: save.mutationId },
    ];

    const first = await push(server.app, desk, batch);
    expect(first.status).toBe(200);
    expect(first.body.results).toEqual([
      { mutationId: batch[0]!.mutationId, status: 'applied', version: '1' },
      { mutationId: save.mutationId, status: 'applied', version: '2' },
      { mutationId: save.mutationId, status: 'applied', version: '3' },
    ]);
    const after = await snapshot(server);
    expect(after.version).toBe(3n);
    expect(after.mutations).toHaveLength(2);
    expect(after.changes.map((c) => [c.version, c.entity, c.desk_id, c.data])).toEqual([
      ['1', 'contacts', desk.deskId, { note: 'Asked about bin collection' }],
      ['2', 'customers', desk.deskId, { phone: '01234 567890' }],
      ['3', 'contacts', desk.deskId, { note: 'Asked about bin collection' }],
    ]);

    // The desk never heard the answer and sends the batch again.
    const again = await push(server.app, desk, batch);
    expect(again.body.results.map((r) => r.status)).toEqual(Array(3).fill('already applied'));
    // Decided: the version is unchanged too (the bump is put back when nothing is written).
    expect(await snapshot(server)).toEqual(after);

    // A new change after the resend takes the next version: no gap was left.
    const next = await push(server.app, desk, [change()]);
    expect(next.body.results[0]).toMatchObject({ status: 'applied', version: '4' });
  });

  it('refuses a bad change with a reason, whole mutation with it, and applies the rest', async () => {
    const server = await testServer();
    const desk = await enrol(server.app, server.db);
    const good = change();
    const unknown = change({ entity: 'no_such_table' });
    const partner = { ...change(), mutationId: unknown.mutationId };
    const noData = change({ op: 'update', data: null });
    const badId = change({ mutationId: 'not-a-uuid' });
    const tombstone = change({ entity: 'customers', op: 'delete', data: undefined });

    const { status, body } = await push(server.app, desk, [
      good,
      unknown,
      partner,
      noData,
      badId,
      tombstone,
    ]);
    expect(status).toBe(200);
    expect(body.results).toEqual([
      { mutationId: good.mutationId, status: 'applied', version: '1' },
      {
        mutationId: unknown.mutationId,
        status: 'refused',
        reason: 'The council server does not take changes to "no_such_table".',
      },
      {
        mutationId: unknown.mutationId,
        status: 'refused',
        reason:
          'Refused with the rest of its mutation: The council server does not take changes to "no_such_table".',
      },
      {
        mutationId: noData.mutationId,
        status: 'refused',
        reason: 'Malformed change: data: a create or an update carries the fields it sets (data)',
      },
      {
        mutationId: null,
        status: 'refused',
        reason: expect.stringMatching(/^Malformed change: mutationId/) as string,
      },
      { mutationId: tombstone.mutationId, status: 'applied', version: '2' },
    ]);
    const after = await snapshot(server);
    expect(after.mutations.map((m) => m.id).sort()).toEqual(
      [good.mutationId, tombstone.mutationId].sort(),
    );
    expect(after.changes.map((c) => [c.version, c.op, c.data])).toEqual([
      ['1', 'create', { note: 'Asked about bin collection' }],
      ['2', 'delete', null],
    ]);
  });

  it('refuses a malformed body or an oversized batch with 400 and writes nothing', async () => {
    const server = await testServer();
    const desk = await enrol(server.app, server.db);
    const before = await snapshot(server);
    expect((await push(server.app, desk, [])).status).toBe(400);
    expect(
      (
        await push(
          server.app,
          desk,
          Array.from({ length: 501 }, () => change()),
        )
      ).status,
    ).toBe(400);
    const notAnArray = await server.app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: { authorization: desk.auth },
      payload: { changes: 'all of them' },
    });
    expect(notAnArray.statusCode).toBe(400);
    expect(await snapshot(server)).toEqual(before);
  });

  it('takes one save larger than a batch alone, whole', async () => {
    const server = await testServer();
    const desk = await enrol(server.app, server.db);
    const mutationId = change().mutationId;
    const { status, body } = await push(
      server.app,
      desk,
      Array.from({ length: 501 }, () => change({ mutationId })),
    );
    expect(status).toBe(200);
    expect(body.results.every((r) => r.status === 'applied')).toBe(true);
    const rows = await server.db.selectFrom('changes').select('mutation_id').execute();
    expect(rows).toHaveLength(501);
  });

  it('takes a full batch of 500 in one go', async () => {
    const server = await testServer();
    const desk = await enrol(server.app, server.db);
    const { body } = await push(
      server.app,
      desk,
      Array.from({ length: 500 }, () => change()),
    );
    expect(body.results.map((r) => r.status)).toEqual(Array(500).fill('applied'));
    expect(await readCouncilVersion(server.db)).toBe(500n);
  });

  it('refuses a push without a desk identity', async () => {
    const server = await testServer();
    const answer = await server.app.inject({
      method: 'POST',
      url: '/sync/push',
      payload: { changes: [change()] },
    });
    expect(answer.statusCode).toBe(401);
    expect((await snapshot(server)).changes).toEqual([]);
  });
});

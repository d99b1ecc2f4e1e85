// Numbers that never collide (issue 21): each desk of a site gets its own issuing point, and
// blocks of reference numbers leased to desks never overlap, however many are asked at once.
import { describe, expect, it } from 'vitest';
import { LEASE_SIZE } from './sync/leases';
import { enrol, post, testServer } from './test/sync-client';

describe('issuing points', () => {
  it('number each site’s desks 1, 2, … in the order they enrol', async () => {
    const { db, app } = await testServer();
    await enrol(app, db, 'TH', 'Reception');
    await enrol(app, db, 'TH', 'Desk 2');
    await enrol(app, db, 'RU', 'Runcorn desk');
    const desks = await db
      .selectFrom('desks')
      .select(['name', 'site_id', 'issuing_point'])
      .orderBy('enrolled_at')
      .execute();
    expect(desks.map((d) => [d.name, d.site_id, d.issuing_point])).toEqual([
      ['Reception', 'TH', 1],
      ['Desk 2', 'TH', 2],
      ['Runcorn desk', 'RU', 1],
    ]);
  });
});

describe('leased reference numbers', () => {
  it('never overlap between desks leasing at the same moment', async () => {
    const { db, app } = await testServer();
    const desks = await Promise.all(
      ['A', 'B', 'C', 'D'].map((name) => enrol(app, db, 'TH', `Desk ${name}`)),
    );
    const leases = await Promise.all(
      desks.flatMap((desk) =>
        [1, 2].map(() =>
          post<{ series: string; first: number; last: number }>(
            app,
            '/sync/lease',
            { kind: 'C', year: 2026 },
            desk.auth,
          ),
        ),
      ),
    );
    expect(leases.every((l) => l.status === 200)).toBe(true);
    const blocks = leases.map((l) => l.body).sort((x, y) => x.first - y.first);
    expect(
      blocks.every((b) => b.series === 'C-2026-TH' && b.last - b.first + 1 === LEASE_SIZE),
    ).toBe(true);
    // Back to back from 1: eight blocks, no gap, no overlap.
    blocks.forEach((b, i) => expect(b.first).toBe(i * LEASE_SIZE + 1));
  });

  it('leases only from the desk’s own site, and only to an enrolled desk', async () => {
    const { db, app } = await testServer();
    const runcorn = await enrol(app, db, 'RU', 'Runcorn desk');
    const lease = await post<{ series: string }>(
      app,
      '/sync/lease',
      { kind: 'H', year: 2027 },
      runcorn.auth,
    );
    expect(lease.body.series).toBe('H-2027-RU');
    expect((await post(app, '/sync/lease', { kind: 'C', year: 2026 })).status).toBe(401);
    const bad = await post<{ error: string }>(
      app,
      '/sync/lease',
      { kind: 'X', year: 2026 },
      runcorn.auth,
    );
    expect(bad.status).toBe(400);
    expect(await db.selectFrom('number_leases').selectAll().execute()).toHaveLength(1);
  });
});

// Batches of whole mutations (issue 21), against the real council server: the server takes a
// mutation once, so a mutation split across two batches would lose its second half. The
// desk's writes here are real logged writes (db/write.ts) under client mutation ids.
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { insertLogged, inTransaction, runInMutation, type Actor } from '../../db/write';
import { pushOutbox } from './outbox';
import { MAX_PUSH_BATCH, packBatches, tooLargeReason, type OutboxMutation } from './outbox-batches';
import {
  deskLog,
  enrolledDesk,
  recordingFetch,
  startCouncil,
  type EnrolledDesk,
} from './sync.support';

const AT = new Date('2026-11-23T10:00:00Z');

/** One save writing `size` settings rows (one change-log entry each), by the team leader (the
 * server takes settings from leaders only); returns its mutation id. */
async function saveOf(desk: EnrolledDesk, size: number, key = (j: number) => `k.${j}`) {
  const sqlite = desk.backend.opened.database!.sqlite;
  const staffId = sqlite
    .prepare("select id from staff where username = 'teamleader'")
    .pluck()
    .get();
  const actor: Actor = { staffId: staffId as string, siteId: null, at: AT };
  const id = uuidv7();
  const scope = { id, method: 'settings.update', staffId: actor.staffId, recorded: false };
  await runInMutation(scope, () =>
    inTransaction(desk.backend.opened.database!.db, async (tx) => {
      for (let j = 0; j < size; j++) {
        await insertLogged(tx, actor, 'settings', { key: `${id}.${key(j)}`, value: '1' });
      }
    }),
  );
  return id;
}

const push = (desk: EnrolledDesk, url: string, fetch?: typeof globalThis.fetch) =>
  pushOutbox({
    db: desk.backend.opened.database!.db,
    serverUrl: url,
    deskId: desk.deskId,
    secret: desk.secret,
    ...(fetch ? { fetch } : {}),
  });

describe('batches of whole mutations', () => {
  it('packs whole saves, sends one larger than a batch alone, and holds one over the limit', () => {
    const save = (id: string, n: number) =>
      ({ id, entries: Array.from({ length: n }) }) as unknown as OutboxMutation;
    const [a, b, c, d, e] = [save('a', 2), save('b', 4), save('c', 1), save('d', 6), save('e', 1)];
    const { batches, tooLarge } = packBatches([a, b, c, d, e], 3, 5);
    expect(batches.map((batch) => batch.map((m) => m.id))).toEqual([['a'], ['b'], ['c', 'e']]);
    expect(tooLarge.map((m) => m.id)).toEqual(['d']);
    expect(tooLargeReason(d, 5)).toMatch(/made 6 changes, more than the 5 changes/);
  });

  it('ships 1,200 changes in saves of 1 to 7 changes, never splitting a save', async () => {
    const council = await startCouncil();
    const desk = await enrolledDesk(council);
    const sizes: number[] = [];
    for (let total = 0, i = 0; total < 1_200; i++) {
      const size = Math.min((i % 7) + 1, 1_200 - total);
      sizes.push(size);
      total += size;
    }
    for (const size of sizes) await saveOf(desk, size);
    const log = deskLog(desk.backend);
    expect(log).toHaveLength(1_200);

    const { fetch, pushes } = recordingFetch();
    const report = await push(desk, council.url, fetch);
    expect(report).toEqual({ shipped: 1_200, batches: pushes.length, refused: [] });
    expect(pushes.length).toBe(3);

    // Each batch within the limit; each mutation in exactly one batch, whole.
    const batchOf = new Map<string, number>();
    pushes.forEach((p, b) => {
      expect(p.changes.length).toBeLessThanOrEqual(MAX_PUSH_BATCH);
      for (const c of p.changes) {
        expect(batchOf.get(c.mutationId) ?? b).toBe(b);
        batchOf.set(c.mutationId, b);
      }
    });
    expect(batchOf.size).toBe(sizes.length);
    expect(pushes.flatMap((p) => p.statuses)).toEqual(Array(1_200).fill('applied'));

    const onServer = await council.db
      .selectFrom('changes')
      .select(['mutation_id', 'entity_id'])
      .orderBy('version')
      .execute();
    expect(onServer.map((c) => [c.mutation_id, c.entity_id])).toEqual(
      log.map((r) => [r.mutation_id, r.entity_id]),
    );
    expect(deskLog(desk.backend).every((r) => r.shipped_at !== null)).toBe(true);
  });

  it('sends a save larger than a batch in a push of its own, whole', async () => {
    const council = await startCouncil();
    const desk = await enrolledDesk(council);
    const before = await saveOf(desk, 3);
    const huge = await saveOf(desk, MAX_PUSH_BATCH + 1);
    const after = await saveOf(desk, 2);

    const report = await push(desk, council.url);
    expect(report).toMatchObject({ shipped: 3 + MAX_PUSH_BATCH + 1 + 2, batches: 3, refused: [] });
    expect(deskLog(desk.backend).filter((r) => r.shipped_at === null)).toHaveLength(0);
    const onServer = await council.db.selectFrom('changes').select('mutation_id').execute();
    expect(onServer.filter((c) => c.mutation_id === huge)).toHaveLength(MAX_PUSH_BATCH + 1);
    expect(new Set(onServer.map((c) => c.mutation_id))).toEqual(new Set([before, huge, after]));
  });

  it('keeps a refused save unshipped and reports it each time, while its batch ships', async () => {
    const council = await startCouncil();
    const desk = await enrolledDesk(council);
    const good = await saveOf(desk, 2);
    // A key longer than the server takes as an entity id (200 characters).
    const bad = await saveOf(desk, 2, (j) => `${'x'.repeat(200)}.${j}`);
    const alsoGood = await saveOf(desk, 1);

    const first = await push(desk, council.url);
    expect(first).toEqual({
      shipped: 3,
      batches: 1,
      refused: [
        { mutationId: bad, reason: expect.stringMatching(/^Malformed change: entityId/) as string },
      ],
    });
    const again = await push(desk, council.url);
    expect(again).toEqual({ shipped: 0, batches: 1, refused: first.refused });

    const shipped = deskLog(desk.backend).filter((r) => r.shipped_at !== null);
    expect(new Set(shipped.map((r) => r.mutation_id))).toEqual(new Set([good, alsoGood]));
    const onServer = await council.db.selectFrom('changes').select('mutation_id').execute();
    expect(onServer).toHaveLength(3);
  });

  it('completes a save that a page of the outbox cuts in two', async () => {
    const council = await startCouncil();
    const desk = await enrolledDesk(council);
    // The outbox is read 2,000 entries a page: this save straddles the first page's end.
    const first = await saveOf(desk, 450);
    const straddling: string[] = [];
    for (let i = 0; i < 4; i++) straddling.push(await saveOf(desk, 400));
    const { fetch, pushes } = recordingFetch();
    const report = await push(desk, council.url, fetch);
    expect(report).toMatchObject({ shipped: 2_050, refused: [] });
    expect(pushes.every((p) => p.changes.length <= MAX_PUSH_BATCH)).toBe(true);
    const perBatch = pushes.map((p) => new Set(p.changes.map((c) => c.mutationId)).size);
    expect(perBatch.reduce((a, b) => a + b)).toBe(5);
    expect(new Set(pushes.flatMap((p) => p.changes.map((c) => c.mutationId)))).toEqual(
      new Set([first, ...straddling]),
    );
  });
});

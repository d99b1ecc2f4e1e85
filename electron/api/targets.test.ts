// One rule, one home (issue 19): the queue's wait promise and the telephone's answer target
// live only in the council's service standards. Changing the standard moves the board, its
// badges' amber, the queue settings and the daily stats' targets; the queue settings form
// writes the standard itself.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StandardView } from '../../shared/api';
import { createTestBackend, ok, type TestBackend } from '../../test/support/backend';
import { reportContext } from '../../db/reports/report-context';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T10:00:00Z');
  await backend.signIn('admin');
});
afterEach(async () => {
  await backend.close();
});

async function standard(subject: string): Promise<StandardView> {
  return (await ok(backend.call('standards.list', {}))).find((s) => s.subject === subject)!;
}
async function save(s: StandardView, limit: number) {
  const { id, labels: _labels, ...fields } = s;
  await ok(
    backend.call('standards.save', {
      id,
      standard: { ...fields, thresholds: [{ percent: 100, limit }] },
    }),
  );
}
const day = { from: '2026-11-23', to: '2026-11-23' };
const targets = async () =>
  (await reportContext(backend.opened.database!.db, day, backend.clock.now())).targets;

describe('the wait promise and the answer target', () => {
  it('follow the standards everywhere they are read', async () => {
    expect((await ok(backend.call('queue.board', {}))).limitMinutes).toBe(10);
    expect(await targets()).toMatchObject({ waitLimitMinutes: 10, asaTargetSeconds: 30 });

    await save(await standard('face_to_face_wait'), 15);
    await save(await standard('telephone_answer'), 20);

    const board = await ok(backend.call('queue.board', {}));
    expect([board.limitMinutes, board.amberMinutes]).toEqual([15, 8]);
    expect((await ok(backend.call('settings.queue', {}))).waitLimitMinutes).toBe(15);
    expect(await targets()).toMatchObject({ waitLimitMinutes: 15, asaTargetSeconds: 20 });
  });

  it('are written to the standard by the queue settings form', async () => {
    await ok(
      backend.call('settings.updateQueue', {
        waitLimitMinutes: 12,
        amberMinutes: 9,
        holdReturn: 'keep_place',
      }),
    );
    expect((await standard('face_to_face_wait')).thresholds).toEqual([{ percent: 100, limit: 12 }]);
    expect((await ok(backend.call('queue.board', {}))).limitMinutes).toBe(12);
    expect(
      backend.opened
        .database!.sqlite.prepare(
          "select count(*) from settings where key = 'queue.waitLimitMinutes'",
        )
        .pluck()
        .get(),
    ).toBe(0);
  });

  it('keep the amber warning before a promise set below it', async () => {
    await save(await standard('face_to_face_wait'), 5);
    const board = await ok(backend.call('queue.board', {}));
    expect([board.limitMinutes, board.amberMinutes]).toEqual([5, 4]);
  });
});

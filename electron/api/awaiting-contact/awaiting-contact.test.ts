// Visits waiting for their contact (issue 19, "nothing lost"): a visit finished at a desk
// whose contact was never saved stays listed for the adviser who finished it, until its
// contact is recorded, for a week.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestBackend,
  ok,
  referenceIds,
  type TestBackend,
} from '../../../test/support/backend';

let backend: TestBackend;
let ids: Awaited<ReturnType<typeof referenceIds>>;

beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T09:00:00Z');
  await backend.signIn('adviser');
  ids = await referenceIds(backend);
  backend.setSetting('security.lockAfterMinutes', 240);
  backend.setSetting('security.sessionMaxHours', 24 * 30);
});
afterEach(async () => {
  await backend.close();
});

async function serveAndFinish(deskId: string) {
  const visit = await ok(backend.call('queue.checkIn', { serviceId: ids.councilTax }));
  await ok(backend.call('queue.callNext', { deskId }));
  await ok(backend.call('queue.act', { visitId: visit.id, action: 'start', deskId }));
  backend.clock.advance(5 * 60_000);
  await ok(backend.call('queue.act', { visitId: visit.id, action: 'finish', deskId }));
  return visit;
}
const tickets = async () =>
  (await ok(backend.call('queue.awaitingContact', {}))).map((v) => [v.ticket, v.closedAt]);

describe('visits waiting for their contact', () => {
  it('lists a finished visit until its contact is recorded', async () => {
    const desk = await ok(backend.call('desks.open', { name: 'Desk 1' }));
    const first = await serveAndFinish(desk.id);
    const second = await serveAndFinish(desk.id);
    expect(await tickets()).toEqual([
      ['A001', '2026-11-23T09:05:00.000Z'],
      ['A002', '2026-11-23T09:10:00.000Z'],
    ]);
    await ok(
      backend.call('contacts.record', {
        channel: 'face_to_face',
        serviceId: ids.councilTax,
        interactionTypeId: ids.providingInformation,
        customerTypeId: ids.citizen,
        outcome: 'resolved',
        startedAt: '2026-11-23T09:00:00Z',
        endedAt: '2026-11-23T09:05:00Z',
        visitId: first.id,
      }),
    );
    expect(await tickets()).toEqual([['A002', '2026-11-23T09:10:00.000Z']]);
    expect(second.ticket).toBe('A002');

    // Only the adviser who finished it is asked; a week on, it is a leader's to chase.
    await backend.signIn('adviser2');
    expect(await tickets()).toEqual([]);
    await backend.signIn('adviser');
    backend.clock.set('2026-11-30T09:11:00Z');
    await backend.signIn('adviser');
    expect(await tickets()).toEqual([]);
  });
});

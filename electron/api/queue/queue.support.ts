// What the queue tests share: a morning at the Town Hall One Stop Shop on a fresh demo
// council, the adviser signed in, and the clock moved in minutes (queue.test.ts,
// queue-figures.test.ts).
import { afterEach, beforeEach } from 'vitest';
import {
  createTestBackend,
  ok,
  referenceIds,
  type TestBackend,
} from '../../../test/support/backend';

export let backend: TestBackend;
export let ids: Awaited<ReturnType<typeof referenceIds>>;

/** Monday 23 November 2026, 09:00 in London, for each test of the file that calls it. */
export function useQueueMorning(): void {
  beforeEach(async () => {
    backend = await createTestBackend('2026-11-23T09:00:00Z'); // 09:00 London (GMT)
    await backend.signIn('adviser');
    ids = await referenceIds(backend);
    // A desk can go longer than the 5-minute default without an API call; these tests move
    // the clock in big steps.
    backend.setSetting('security.lockAfterMinutes', 240);
  });
  afterEach(async () => {
    await backend.close();
  });
}

export const minutes = (n: number) => backend.clock.advance(n * 60_000);
export const checkIn = (serviceId = ids.councilTax, extra = {}) =>
  ok(backend.call('queue.checkIn', { serviceId, ...extra }));

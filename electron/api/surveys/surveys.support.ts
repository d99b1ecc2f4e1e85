// What the survey tests share: a fresh demo council on Monday 23 November 2026 with an
// adviser signed in, moving the clock to sign staff in, and recording a contact to survey
// (surveys.test.ts, survey-figures.test.ts).
import { afterEach, beforeEach } from 'vitest';
import type { ContactFields } from '../../../shared/api';
import {
  createTestBackend,
  ok,
  referenceIds,
  type TestBackend,
} from '../../../test/support/backend';

export let backend: TestBackend;
export let ids: Awaited<ReturnType<typeof referenceIds>>;

/** The demo council, fresh for each test of the file that calls it. */
export function useSurveyBackend(): void {
  beforeEach(async () => {
    backend = await createTestBackend('2026-11-23T10:00:00Z'); // Monday
    await backend.signIn();
    ids = await referenceIds(backend);
  });
  afterEach(async () => {
    await backend.close();
  });
}

/** Moves the clock to `at` and signs `username` in there, as they would be at that time. */
export async function at(time: string, username = 'adviser') {
  backend.clock.set(time);
  await backend.signIn(username);
}

export async function contact(startedAt: string, fields: Partial<ContactFields> = {}) {
  const endedAt = new Date(Date.parse(startedAt) + 5 * 60_000).toISOString();
  return ok(
    backend.call('contacts.record', {
      channel: 'face_to_face',
      serviceId: ids.councilTax,
      interactionTypeId: ids.providingInformation,
      customerTypeId: ids.citizen,
      outcome: 'resolved',
      startedAt,
      endedAt,
      ...fields,
    }),
  );
}

// The NeSDS evidence tests' hand-made November: six contacts by telephone, face to face and
// email, one exit survey, and a quality sample of all six with three scored, recorded through
// the real back end. Shared by the evidence tests and the both-engines test (issue 23).
import { expect } from 'vitest';
import { ok, type TestBackend } from './backend';
import { statsFixture } from './stats-fixture';

const POINTS = [1, 2, 3, 4, 5].map((n) => `00000000-0000-7000-8000-00000000000${n}`);

/** Records the month; the team leader is signed in afterwards. */
export async function recordNesdsNovember(backend: TestBackend): Promise<void> {
  const f = statsFixture(backend);
  const customer = f.customer('Maria Kowalska');
  // Telephone: 3 resolved, 1 callback promised (75%); face to face and email resolved.
  const calls = [
    f.contact({ at: '2026-11-23T09:00:00Z', customerId: customer }),
    f.contact({ at: '2026-11-23T09:10:00Z' }),
    f.contact({ at: '2026-11-23T09:20:00Z' }),
    f.contact({ at: '2026-11-23T09:30:00Z', outcome: 'callback_promised' }),
  ];
  const desk = f.contact({
    at: '2026-11-23T10:00:00Z',
    channel: 'face_to_face',
    staff: 'adviser',
    site: 'townHall',
  });
  const email = f.contact({ at: '2026-11-23T11:00:00Z', channel: 'email' });
  await backend.signIn('adviser2');
  await ok(
    backend.call('surveys.record', {
      contactId: calls[0]!,
      rating: 5,
      couldHaveDoneMore: 'no',
      comment: 'Sorted in one call.',
    }),
  );
  await backend.signIn('teamleader');
  const sample = await ok(
    backend.call('quality.draw', { from: '2026-11-23', to: '2026-11-23', percent: 100, seed: 3 }),
  );
  expect(sample.items).toHaveLength(6);
  for (const contactId of [calls[1]!, desk, email]) {
    const item = sample.items.find((i) => i.contactId === contactId)!;
    await ok(
      backend.call('quality.score', {
        sampleItemId: item.id,
        results: POINTS.map((checklistItemId) => ({ checklistItemId, result: 'met' as const })),
      }),
    );
  }
}

// A voided contact (issue 19) on the other screens that list contacts: the customer's
// timeline shows it as void with why; a quality sample drawn before the void keeps it, shown
// as void, never scored, and out of the results; its exit survey leaves the survey figures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestBackend,
  ok,
  referenceIds,
  type TestBackend,
} from '../../../test/support/backend';
import { statsFixture } from '../../../test/support/stats-fixture';

let backend: TestBackend;
const POINTS = [1, 2, 3, 4, 5].map((n) => `00000000-0000-7000-8000-00000000000${n}`);
const DAY = { from: '2026-11-23', to: '2026-11-23' };

beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T17:00:00Z'); // Monday, the day's end
});
afterEach(() => backend.close());

describe('the customer’s timeline', () => {
  it('keeps a voided contact, marked void with who, when and why', async () => {
    await backend.signIn('adviser');
    const ids = await referenceIds(backend);
    const customer = await ok(
      backend.call('customers.create', { firstName: 'Ann', lastName: 'Jones' }),
    );
    const contact = await ok(
      backend.call('contacts.record', {
        channel: 'telephone',
        serviceId: ids.councilTax,
        interactionTypeId: ids.providingInformation,
        customerTypeId: ids.citizen,
        outcome: 'resolved',
        startedAt: '2026-11-23T16:00:00Z',
        endedAt: '2026-11-23T16:05:00Z',
        customerId: customer.id,
      }),
    );
    await ok(backend.call('contacts.void', { id: contact.id, reason: 'Meant for Ann Jonas.' }));
    const view = await ok(backend.call('customers.view', { id: customer.id }));
    expect(view.timeline.map((e) => [e.kind, e.status, e.voided])).toEqual([
      [
        'contact',
        'Resolved at first contact',
        { at: '2026-11-23T17:00:00.000Z', byName: 'Amina Khan', reason: 'Meant for Ann Jonas.' },
      ],
    ]);
  });
});

describe('a quality sample drawn before the void, and the survey figures', () => {
  it('shows the void contact, refuses to score it, and leaves it out of the results', async () => {
    const f = statsFixture(backend);
    const [c1, c2, c3] = ['09:00', '10:00', '11:00'].map((t) =>
      f.contact({ at: `2026-11-23T${t}:00Z` }),
    ) as [string, string, string];
    await backend.signIn('adviser2');
    for (const contactId of [c1, c2])
      await ok(
        backend.call('surveys.record', {
          contactId,
          rating: 5,
          couldHaveDoneMore: 'no',
          comment: '',
        }),
      );
    await backend.signIn('teamleader');
    const sample = await ok(backend.call('quality.draw', { ...DAY, percent: 100, seed: 3 }));
    const itemOf = (contactId: string) => sample.items.find((i) => i.contactId === contactId)!;
    const score = (contactId: string) =>
      backend.call('quality.score', {
        sampleItemId: itemOf(contactId).id,
        results: POINTS.map((checklistItemId) => ({ checklistItemId, result: 'met' as const })),
      });
    await ok(score(c1));
    await ok(score(c2));
    const responses = async () =>
      (await ok(backend.call('surveys.figures', DAY))).overall.responses;
    expect(await responses()).toBe(2);
    expect((await ok(backend.call('quality.results', DAY))).council.contactsScored).toBe(2);

    // A minute later: c1 was recorded in error, after it was sampled, scored and surveyed.
    backend.clock.advance(60_000);
    await ok(backend.call('contacts.void', { id: c1, reason: 'A training call, not a customer.' }));

    const after = await ok(backend.call('quality.sample', { id: sample.id }));
    expect(after).toMatchObject({ size: 3, scored: 1, voided: 1 });
    expect(after.items.map((i) => [i.contactId, i.voided?.reason ?? null])).toEqual(
      expect.arrayContaining([
        [c1, 'A training call, not a customer.'],
        [c2, null],
        [c3, null],
      ]),
    );
    const refused = await score(c1);
    expect(!refused.ok && refused.error.code).toBe('CONFLICT');
    expect(!refused.ok && refused.error.message).toMatch(/A void contact is not scored/);
    await ok(score(c3));
    // Scored: c2 and c3. c1's scores stay on the sample, out of the results.
    expect((await ok(backend.call('quality.results', DAY))).council.contactsScored).toBe(2);
    expect(await responses()).toBe(1);

    // Checking the draw: the period now has 2 contacts, and the redraw no longer matches.
    const check = await ok(backend.call('quality.verify', { id: sample.id }));
    expect(check).toMatchObject({
      same: false,
      populationThen: 3,
      populationNow: 2,
      changedSinceDraw: 1,
    });
    const redrawn = await ok(backend.call('quality.draw', { ...DAY, percent: 100, seed: 3 }));
    expect(redrawn.items.map((i) => i.contactId).sort()).toEqual([c2, c3].sort());
  });
});

// Complaints about a named member of staff (go-live issue, item 6; the rules are
// shared/api/access-rules.ts): an adviser never sees them, a leader does, and the figures
// count them.
import { describe, expect, it } from 'vitest';
import { createTestBackend, ok, referenceIds } from '../../test/support/backend';
import { NOW } from './access-rules.support';

describe('complaints about a named member of staff', () => {
  it('are left out of an adviser’s customer view, and in a leader’s and in the figures', async () => {
    const backend = await createTestBackend(NOW);
    try {
      await backend.signIn('adviser');
      const ids = await referenceIds(backend);
      const customer = await ok(
        backend.call('customers.create', { firstName: 'Ann', lastName: 'Jones' }),
      );
      for (const aboutNamedStaff of [false, true])
        await ok(
          backend.call('feedback.log', {
            kind: 'complaint',
            serviceId: ids.councilTax,
            channel: 'telephone',
            receivedAt: '2026-11-02T09:00:00Z',
            summary: aboutNamedStaff ? 'The officer at desk 2 was rude.' : 'Bill wrong.',
            customerId: customer.id,
            aboutNamedStaff,
          }),
        );
      const timeline = async () =>
        (await ok(backend.call('customers.view', { id: customer.id }))).timeline
          .filter((e) => e.kind === 'feedback')
          .map((e) => e.detail);
      expect(await timeline()).toEqual(['Bill wrong.']);
      const adviserList = await ok(backend.call('feedback.list', { view: 'open' }));
      expect(adviserList.map((f) => f.summary)).toEqual(['Bill wrong.']);

      await backend.signIn('teamleader');
      expect((await timeline()).sort()).toEqual(['Bill wrong.', 'The officer at desk 2 was rude.']);
      const list = await ok(backend.call('feedback.list', { view: 'open' }));
      expect(list.map((f) => [f.summary, f.aboutNamedStaff]).sort()).toEqual([
        ['Bill wrong.', false],
        ['The officer at desk 2 was rude.', true],
      ]);
      const figures = await ok(
        backend.call('feedback.figures', { from: '2026-11-01', to: '2026-11-30' }),
      );
      expect(figures.total.complaints).toBe(2);
    } finally {
      await backend.close();
    }
  });
});

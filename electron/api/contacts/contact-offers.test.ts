// Proactive offers (NeSDS standard 4) through the real back end: the rules for a service,
// each answer recorded with its contact and counted in the figures, and who may add a rule.
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
  backend = await createTestBackend('2026-11-23T10:00:00Z');
  await backend.signIn();
  ids = await referenceIds(backend);
});
afterEach(async () => {
  await backend.close();
});

describe('proactive offers', () => {
  it('shows the rules for the service and records each answer with the contact', async () => {
    const rules = await ok(backend.call('offers.rules', {}));
    const forBenefit = rules.filter((r) => r.triggerServiceId === ids.housingBenefit);
    expect(forBenefit.map((r) => r.offer)).toEqual([
      'Council Tax Reduction',
      'Free school meals',
      'School uniform grant',
    ]);
    const recorded = await ok(
      backend.call('contacts.record', {
        channel: 'face_to_face',
        serviceId: ids.housingBenefit,
        interactionTypeId: ids.providingInformation,
        customerTypeId: ids.citizen,
        outcome: 'resolved',
        startedAt: '2026-11-23T09:00:00Z',
        endedAt: '2026-11-23T09:20:00Z',
        offers: [
          { ruleId: forBenefit[0]!.id, response: 'accepted' },
          { ruleId: forBenefit[1]!.id, response: 'declined' },
          { ruleId: forBenefit[2]!.id, response: 'offered' },
        ],
      }),
    );
    expect(recorded.offers.map((o) => [o.offer, o.response])).toEqual([
      ['Council Tax Reduction', 'accepted'],
      ['Free school meals', 'declined'],
      ['School uniform grant', 'offered'],
    ]);
    const figures = await ok(
      backend.call('offers.figures', { from: '2026-11-23', to: '2026-11-23' }),
    );
    expect(figures).toEqual([
      { offer: 'Council Tax Reduction', offered: 1, accepted: 1, declined: 0 },
      { offer: 'Free school meals', offered: 1, accepted: 0, declined: 1 },
      { offer: 'School uniform grant', offered: 1, accepted: 0, declined: 0 },
    ]);
  });

  it('lets only an administrator add a rule', async () => {
    const input = { triggerServiceId: ids.councilTax, offer: 'Single person discount check' };
    const refused = await backend.call('offers.saveRule', input);
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
    await backend.signIn('admin');
    const unknown = await backend.call('offers.saveRule', {
      ...input,
      triggerServiceId: '0190a000-0000-7000-8000-000000000000',
    });
    expect(!unknown.ok && unknown.error.fields).toEqual({
      triggerServiceId: 'Choose a service from the list.',
    });
    const saved = await ok(backend.call('offers.saveRule', input));
    expect(saved.filter((r) => r.triggerServiceId === ids.councilTax).map((r) => r.offer)).toEqual([
      'Single person discount check',
    ]);
  });
});

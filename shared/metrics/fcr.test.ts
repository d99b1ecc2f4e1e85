import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstContactResolution, type FcrContact } from './fcr';

const base = { serviceId: 'tax', customerId: null, direction: 'inbound' } as const;
const at = (iso: string) => `2026-11-${iso}`;

describe('first-contact resolution', () => {
  it('divides resolved by completed inbound contacts: 1 of 2 is 50%, below 80%', () => {
    const figure = firstContactResolution([
      { ...base, id: 'a', outcome: 'resolved', startedAt: at('23T09:00:00Z') },
      { ...base, id: 'b', outcome: 'handed_off', startedAt: at('23T09:10:00Z') },
    ]);
    expect(figure).toMatchObject({ completed: 2, resolved: 1, rate: 0.5, met: false });
  });

  it('leaves outbound follow-ups and contacts ended before service out of the denominator', () => {
    const figure = firstContactResolution([
      { ...base, id: 'a', outcome: 'resolved', startedAt: at('23T09:00:00Z') },
      {
        ...base,
        id: 'b',
        outcome: 'resolved',
        direction: 'outbound',
        startedAt: at('23T09:05:00Z'),
      },
      {
        ...base,
        id: 'c',
        outcome: 'callback_promised',
        endedBeforeService: true,
        startedAt: at('23T09:06:00Z'),
      },
    ]);
    expect(figure).toMatchObject({
      completed: 1,
      resolved: 1,
      rate: 1,
      met: true,
      excludedOutbound: 1,
      excludedEndedBeforeService: 1,
    });
  });

  it('counts a resolved contact followed within 7 days about the same service as a repeat', () => {
    const mary = { ...base, customerId: 'mary' };
    const contacts: FcrContact[] = [
      { ...mary, id: 'a', outcome: 'resolved', startedAt: at('02T09:00:00Z') },
      // 6 days 23 hours later, same service: a repeat
      { ...mary, id: 'b', outcome: 'resolved', startedAt: at('09T08:00:00Z') },
      // a different service does not make a repeat
      { ...mary, id: 'c', outcome: 'resolved', serviceId: 'bins', startedAt: at('03T09:00:00Z') },
      // 8 days after b: not a repeat of b
      { ...mary, id: 'd', outcome: 'handed_off', startedAt: at('17T09:00:00Z') },
    ];
    const figure = firstContactResolution(contacts);
    expect(figure).toMatchObject({ completed: 4, resolved: 3, repeats: 1, verifiedResolved: 2 });
    expect(figure.rate).toBeCloseTo(0.75);
    expect(figure.verifiedRate).toBeCloseTo(0.5);
  });

  it('leaves a voided contact out of every part, and as a follow-up too', () => {
    const mary = { ...base, customerId: 'mary' };
    const contacts: FcrContact[] = [
      { ...mary, id: 'a', outcome: 'resolved', startedAt: at('02T09:00:00Z') },
      // Recorded twice by mistake and voided: not a second contact, so a is no repeat.
      { ...mary, id: 'b', outcome: 'resolved', startedAt: at('02T09:05:00Z'), voided: true },
      { ...base, id: 'c', outcome: 'handed_off', startedAt: at('02T10:00:00Z') },
      {
        ...base,
        id: 'd',
        outcome: 'resolved',
        direction: 'outbound',
        startedAt: at('02T11:00:00Z'),
        voided: true,
      },
    ];
    expect(firstContactResolution(contacts)).toMatchObject({
      completed: 2,
      resolved: 1,
      repeats: 0,
      rate: 0.5,
      excludedOutbound: 0,
    });
    // Without the void, b is a second resolved contact and makes a a repeat.
    expect(firstContactResolution(contacts.map((c) => ({ ...c, voided: false })))).toMatchObject({
      completed: 3,
      resolved: 2,
      repeats: 1,
      excludedOutbound: 1,
    });
  });

  it('reports no rate, rather than 0% or 100%, when nothing was completed', () => {
    const figure = firstContactResolution([]);
    expect(figure.rate).toBeNull();
    expect(figure.met).toBeNull();
  });

  it('never verifies more than was recorded, and stays within 0..1', () => {
    const contact = fc.record({
      id: fc.uuid(),
      outcome: fc.constantFrom('resolved', 'handed_off', 'callback_promised' as const),
      direction: fc.constantFrom('inbound', 'outbound' as const),
      endedBeforeService: fc.boolean(),
      customerId: fc.constantFrom(null, 'x', 'y'),
      serviceId: fc.constantFrom('s1', 's2'),
      startedAt: fc.integer({ min: 0, max: 30 * 86_400_000 }).map((ms) => new Date(ms)),
    });
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 40 }), (contacts) => {
        const f = firstContactResolution(contacts);
        expect(f.verifiedResolved).toBeLessThanOrEqual(f.resolved);
        expect(f.resolved).toBeLessThanOrEqual(f.completed);
        expect(f.completed + f.excludedOutbound + f.excludedEndedBeforeService).toBe(
          contacts.length,
        );
      }),
    );
  });
});

// Which letters and emails recorded as contacts count as received on their own: those about
// no work-list item. Matched on everything both record (issue 19: "Received: 1" on a day
// five were recorded as contacts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactsWithoutItem, receivedDetail, type LetterContact } from './letters-received';

const item = {
  customerId: 'ann',
  channel: 'email',
  serviceId: 'council-tax',
  receivedDate: '2026-11-23',
};
const contact = (c: Partial<LetterContact>): LetterContact => ({
  customerId: 'ann',
  channel: 'email',
  serviceId: 'council-tax',
  date: '2026-11-23',
  ...c,
});

describe('letters and emails recorded only as contacts', () => {
  it('leaves out the contact about a work-list item, and counts the rest', () => {
    const contacts = [
      contact({}), // Ann's email about council tax: the item on the work list
      contact({ channel: 'letter' }), // her letter the same day: another piece of post
      contact({ serviceId: 'benefits' }), // her email about benefits
      contact({ date: '2026-11-24' }), // her email the next day
      contact({ customerId: null }), // an anonymous email: cannot be matched
    ];
    expect(contactsWithoutItem(contacts, [item])).toEqual(contacts.slice(1));
  });

  it('cannot match an item without a customer', () => {
    const contacts = [contact({})];
    expect(contactsWithoutItem(contacts, [{ ...item, customerId: null }])).toEqual(contacts);
  });

  it('keeps exactly the contacts no item matches on all four, however many items a customer has', () => {
    const few = <T>(...values: T[]) => fc.constantFrom(...values);
    const customer = few<string | null>('ann', 'bob', 'cat', null);
    const channel = few('email', 'letter');
    const service = few('council-tax', 'benefits');
    const date = few('2026-11-23', '2026-11-24');
    const contacts = fc.array(
      fc.record({ customerId: customer, channel, serviceId: service, date }),
      { maxLength: 30 },
    );
    const items = fc.array(
      fc.record({ customerId: customer, channel, serviceId: service, receivedDate: date }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(contacts, items, (cs, is) => {
        const about = (c: LetterContact) =>
          c.customerId !== null &&
          is.some(
            (i) =>
              i.customerId === c.customerId &&
              i.channel === c.channel &&
              i.serviceId === c.serviceId &&
              i.receivedDate === c.date,
          );
        expect(contactsWithoutItem(cs, is)).toEqual(cs.filter((c) => !about(c)));
      }),
    );
  });

  it('says how many of each', () => {
    expect(receivedDetail(1, 4)).toBe(
      'Every letter, email, web form, SMS and fax recorded: 1 on the work list, 4 only as contacts',
    );
    expect(receivedDetail(0, 1)).toMatch(/: 0 on the work list, 1 only as a contact$/);
  });
});

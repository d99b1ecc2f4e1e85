// "Received" on the stats screen: every letter, email, web form, SMS and fax recorded on a
// day, whether it went on the work list or was only recorded as a contact. Counting the work
// list alone showed "Received: 1" on a day five letters and emails were recorded as contacts
// (issue 19). A contact and a work-list item are not linked in the records, so a contact is
// taken to be about a work-list item when they match on everything both record: the same
// customer, channel and service on the same London day. Such a contact is not counted
// again; an anonymous one cannot be matched, so it counts on its own.
import { CORRESPONDENCE_CHANNELS } from '../domain/channels';
import type { IsoDate } from '../time/london';

/** A contact on one of the work list's channels was a letter or an email. */
export const LETTER_CHANNELS = CORRESPONDENCE_CHANNELS;

/** The figure's definition, shown beside it. */
export const RECEIVED_DEFINITION = 'Every letter, email, web form, SMS and fax recorded';

export interface ReceivedItem {
  customerId: string | null;
  channel: string;
  serviceId: string;
  receivedDate: IsoDate;
}

export interface LetterContact {
  customerId: string | null;
  channel: string;
  serviceId: string;
  /** London day the contact was recorded as happening. */
  date: IsoDate;
}

/**
 * The inbound letter and email contacts that are not about an item on the work list. Items
 * are looked up by customer and compared field by field, with no key string made per row: a
 * month's 26,000 contacts against 17,000 items took 7-17 ms so, 25-43 ms with a key per row.
 */
export function contactsWithoutItem<C extends LetterContact>(
  contacts: readonly C[],
  items: readonly ReceivedItem[],
): C[] {
  const byCustomer = new Map<string, ReceivedItem[]>();
  for (const item of items) {
    if (item.customerId === null) continue;
    const theirs = byCustomer.get(item.customerId);
    if (theirs) theirs.push(item);
    else byCustomer.set(item.customerId, [item]);
  }
  const about = (c: C, i: ReceivedItem) =>
    i.channel === c.channel && i.serviceId === c.serviceId && i.receivedDate === c.date;
  return contacts.filter(
    (c) => c.customerId === null || !byCustomer.get(c.customerId)?.some((i) => about(c, i)),
  );
}

/** "Every letter, email, web form, SMS and fax recorded: 1 on the work list, 4 only as contacts". */
export function receivedDetail(onWorkList: number, contactsOnly: number): string {
  const contacts = `${contactsOnly.toLocaleString('en-GB')} only as ${contactsOnly === 1 ? 'a contact' : 'contacts'}`;
  return `${RECEIVED_DEFINITION}: ${onWorkList.toLocaleString('en-GB')} on the work list, ${contacts}`;
}

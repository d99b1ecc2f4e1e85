// Visits waiting for their contact (issue 19): a visit finished at a desk opens the contact
// form already filled in; if that form is closed, refreshed or signed out of before saving,
// the visit is listed here until its contact is recorded, on My desk and My contacts today.
import type { VisitView } from './queue';
import { emptyInput } from './common';
import { method } from './define';

export interface VisitAwaitingContact extends VisitView {
  /** When the visit was finished: the contact's end time. */
  closedAt: string;
}

/** Days back a finished visit stays on the list (a week of a desk's work). */
export const AWAITING_CONTACT_DAYS = 7;

export const awaitingContactContract = {
  'queue.awaitingContact': method<VisitAwaitingContact[]>()(emptyInput),
};

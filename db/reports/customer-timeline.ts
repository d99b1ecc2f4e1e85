// The customer's timeline (NeSDS standard 23) as read from one engine: the desk's SQLite copy,
// or the council server's records in PostgreSQL answering a joined desk for the history it no
// longer holds (issue 21). The same queries and the same mapping (./timeline-entries.ts) on
// both, so an entry reads the same wherever it came from.
import type { TimelineEntry } from '../../shared/api';
import type { ActingStaff } from '../../shared/api/access-rules';
import { offersOfContacts } from '../queries/contacts/contact-offers';
import {
  contactsOfCustomer,
  lettersOfCustomer,
  visitsOfCustomer,
  type HistoryWindow,
} from '../queries/customers/timeline';
import type { Db } from '../write';
import { feedbackViews } from './feedback-views';
import { handOffViews } from './hand-off-views';
import { timelineEntries } from './timeline-entries';

export interface TimelinePart {
  /** Newest first. */
  entries: TimelineEntry[];
  /** More entries lie before the last one given (only when a limit was asked for). */
  more: boolean;
}

export async function customerTimeline(
  db: Db,
  now: Date,
  customerId: string,
  seenBy: Pick<ActingStaff, 'role'>,
  window: HistoryWindow = {},
): Promise<TimelinePart> {
  // One row past the limit of each kind tells whether there is more beyond it.
  const asked = window.limit === undefined ? window : { ...window, limit: window.limit + 1 };
  const before = (at: string) => window.before === undefined || at < window.before;
  const [contacts, visits, letters, handOffs, feedback] = await Promise.all([
    contactsOfCustomer(db, customerId, asked),
    visitsOfCustomer(db, customerId, asked),
    lettersOfCustomer(db, customerId, asked),
    // A customer has a handful of these, so the window is applied here rather than in SQL.
    handOffViews(db, now, { customerId }),
    // A complaint about a named member of staff only for leaders (shared/api/access-rules.ts).
    feedbackViews(db, now, seenBy, { customerId }),
  ]);
  const offers = await offersOfContacts(
    db,
    contacts.map((c) => c.id),
  );
  const entries = timelineEntries({
    contacts,
    offers,
    visits,
    letters,
    handOffs: handOffs.filter((h) => before(h.createdAt)),
    feedback: feedback.filter((f) => before(f.receivedAt)),
  });
  if (window.limit === undefined || entries.length <= window.limit) return { entries, more: false };
  return { entries: entries.slice(0, window.limit), more: true };
}

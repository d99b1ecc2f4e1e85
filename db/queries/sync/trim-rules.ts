// What a joined desk's offline profile lets go of (issue 21): contacts, visits and closed items
// older than the desk keeps, and the rows that only describe one of them. Everything else stays
// whatever its age: the council's lists and settings, staff, customers with their markers and
// needs, appointments, the access and audit logs, and every open item. The council server
// holds what goes; older history is read from it when online.
import { sql, type RawBuilder } from 'kysely';

/**
 * The records that go once old, each with what "old" means for it. `cutoff` is the start of
 * the oldest London day kept, as ISO 8601 UTC text (instants sort as text).
 */
export const TRIM_ROOTS: Record<string, (cutoff: string) => RawBuilder<unknown>> = {
  // A contact is over when it ends; voided ones too (the server keeps the void).
  contacts: (cutoff) => sql`started_at < ${cutoff}`,
  // A visit only once finished: today's queue, and anyone still waiting, called or on hold
  // from an earlier day (a desk left open overnight), stays until the queue closes it.
  visits: (cutoff) =>
    sql`state in ('done', 'left', 'no_show') and arrived_at < ${cutoff} and updated_at < ${cutoff}`,
  // Items go only once closed, and only when nothing has touched them since the cut-off:
  // a letter reopened or answered lately is part of recent history.
  correspondence: (cutoff) => sql`status = 'closed' and updated_at < ${cutoff}`,
  feedback: (cutoff) => sql`status = 'closed' and updated_at < ${cutoff}`,
  // 'returned' is left open on purpose: customer services still has to act on it.
  hand_offs: (cutoff) => sql`status = 'resolved' and status_at < ${cutoff}`,
};

/**
 * Rows that exist only to describe one record, going with it (parents before children). The
 * column joining them is read from the database's foreign keys, not written here. Each goes
 * only when it too has reached the server; if any of them has not, the record stays whole.
 */
export const TRIM_WITH_PARENT: { child: string; parent: string }[] = [
  // Offers made during the contact: what the adviser offered then, of no use without it.
  { child: 'contact_offers', parent: 'contacts' },
  // The exit survey of the contact (NeSDS 17); the month's survey figures are the server's.
  { child: 'satisfaction_surveys', parent: 'contacts' },
  // The call the contact answered: its telephone figures of an old month are the server's too.
  { child: 'calls', parent: 'contacts' },
  // The contact's place in a quality sample, and its scores (NeSDS 19 and 20): they score
  // that contact alone. The sample itself (its period and size) stays.
  { child: 'quality_sample_items', parent: 'contacts' },
  { child: 'quality_scores', parent: 'quality_sample_items' },
  // The visit's stretches of waiting and service.
  { child: 'visit_stretches', parent: 'visits' },
  // The holding replies sent on a letter.
  { child: 'holding_replies', parent: 'correspondence' },
  // A complaint's stages.
  { child: 'complaint_stages', parent: 'feedback' },
];

/** Every table a trim can take rows from: a pulled change to a row missing from one of
 * these is to a record this desk let go of (db/queries/sync/apply.ts). */
export const TRIMMABLE: ReadonlySet<string> = new Set([
  ...Object.keys(TRIM_ROOTS),
  ...TRIM_WITH_PARENT.map((f) => f.child),
]);

// Visits a member of staff finished without recording the contact (issue 19, "nothing
// lost"): the contact form that opened at the desk was closed, refreshed or signed out of,
// and the visit would otherwise stay finished with no contact behind it.
import { selectVisitRows, toVisitRow, type VisitRow } from '../queue/visits';
import type { ReadableDB } from '../../handles';

export function visitsAwaitingContact(
  db: ReadableDB,
  staffId: string,
  /** The earliest finish to list (ISO): older ones are for a leader to chase. */
  since: string,
): Promise<VisitRow[]> {
  return selectVisitRows(db)
    .where('v.staff_id', '=', staffId)
    .where('v.state', '=', 'done')
    .where('v.closed_at', '>=', since)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('contacts as k').select('k.id').whereRef('k.visit_id', '=', 'v.id'),
        ),
      ),
    )
    .orderBy('v.closed_at')
    .execute()
    .then((rows) => rows.map(toVisitRow));
}

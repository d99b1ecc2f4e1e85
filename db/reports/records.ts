// The records behind a figure, so a miss can be traced to the contacts, visits, calls,
// letters or hand-offs that caused it. Each list narrows to one breakdown row when asked
// (one channel's FCR misses, one service's contacts) and shows London times; the lists
// themselves are in contact-, visit-, call-, correspondence- and hand-off-records.ts.
import type { Breakdown, Drill, StatsRecords, StatsScope } from '../../shared/api/stats';
import { ApiFailure } from '../../shared/api/errors';
import type { Db } from '../write';
import { callRecords } from './call-records';
import { contactRecords } from './contact-records';
import { correspondenceRecords } from './correspondence-records';
import { handOffRecords } from './hand-off-records';
import { reportContext } from './report-context';
import { visitRecords } from './visit-records';

/** Whether a drill-down opens one family's records (`calls.slow` is of `calls`). */
const inFamily = <F extends string>(
  drill: Drill,
  family: F,
): drill is Extract<Drill, `${F}.${string}`> => drill.startsWith(`${family}.`);

const TITLES: Record<Drill, string> = {
  'fcr.completed': 'Completed inbound contacts',
  'fcr.notResolved': 'Contacts not resolved at first contact',
  'fcr.repeats': 'Resolved contacts followed by a repeat contact within 7 days',
  'fcr.outbound': 'Outbound follow-ups',
  'wait.seen': 'Visitors seen',
  'wait.over': 'Visitors who waited longer than the promise, seen late or gone unseen',
  'wait.left': 'Visitors who left without being seen',
  'calls.answered': 'Calls answered',
  'calls.slow': 'Calls that waited longer than the answer target',
  'calls.abandoned': 'Abandoned calls',
  'correspondence.received': 'Letters and emails received',
  'correspondence.answered': 'Letters and emails answered in full',
  'correspondence.late': 'Letters and emails answered after their due date',
  'correspondence.overdue': 'Letters and emails overdue',
  'correspondence.holding': 'Letters and emails given a holding reply',
  'handOffs.missed': 'Hand-offs that missed a limit of their standard',
  'contacts.all': 'Contacts recorded',
};

export async function buildRecords(
  db: Db,
  input: { scope: StatsScope; drill: Drill; breakdown?: Breakdown; key?: string; offset?: number },
  now: Date,
): Promise<StatsRecords> {
  const rc = await reportContext(db, input.scope, now);
  const { drill } = input;
  const offset = input.offset ?? 0;
  const ofContacts = inFamily(drill, 'fcr') || inFamily(drill, 'contacts');
  if (input.breakdown && !ofContacts) {
    throw new ApiFailure('VALIDATION', 'Only contact figures can be narrowed to one row.');
  }
  const found = ofContacts
    ? await contactRecords(db, rc, drill, offset, input.breakdown, input.key)
    : inFamily(drill, 'wait')
      ? await visitRecords(db, rc, drill, offset)
      : inFamily(drill, 'calls')
        ? await callRecords(db, rc, drill, offset)
        : inFamily(drill, 'correspondence')
          ? await correspondenceRecords(db, rc, drill, offset)
          : await handOffRecords(db, rc, offset, input.key);
  const period = rc.from === rc.to ? rc.from : `${rc.from} to ${rc.to}`;
  return {
    title: `${TITLES[drill]}: ${period}, ${rc.label}`,
    columns: found.columns.map(([key, label]) => ({ key, label })),
    rows: found.rows,
    total: found.total,
  };
}

// The calls behind the telephone figures (electron/reports/call-records.ts shows them): those
// that reached the queue in a period, in the report's scope, counted as the figures count
// them (the switch's records where they cover an hour; none typed with a voided contact).
import { sql } from 'kysely';
import type { Drill } from '../../../shared/api/stats';
import type { CallTable } from '../../schema';
import type { ReadableDB } from '../../handles';
import { engineOf } from '../../engine/engine';
import { answerMsOf, countedCallOf } from '../stats/call-groups';
import { siteAndStaff, type Bounds, type StatsFilter } from '../stats/scope';
import { notOfVoidedContact } from '../stats/voided-calls';

/** The drill-downs that list calls. */
export type CallDrill = Extract<Drill, `calls.${string}`>;

export interface CallRecord {
  id: string;
  queuedAt: string;
  answeredAt: string | null;
  abandonedAt: string | null;
  source: CallTable['source'];
  adviser: string | null;
  site: string;
  /** The customer of the contact the call was recorded with, if any. */
  customer: string | null;
}

/**
 * Calls queued in `bounds`: answered, abandoned, or answered after `answerTargetSeconds`
 * (calls.slow), in the order they reached the queue.
 */
export async function callRecordsIn(
  db: ReadableDB,
  query: { bounds: Bounds; filter: StatsFilter; drill: CallDrill; answerTargetSeconds: number },
): Promise<CallRecord[]> {
  const { bounds, filter, drill } = query;
  const e = engineOf(db);
  const condition =
    drill === 'calls.abandoned'
      ? sql`k.abandoned_at is not null`
      : drill === 'calls.slow'
        ? sql`k.answered_at is not null
            and not ${e.withinLimit(answerMsOf(e), query.answerTargetSeconds * 1000)}`
        : sql`k.answered_at is not null`;
  const { rows } = await sql<CallRecord>`
    select k.id, k.queued_at as "queuedAt", k.answered_at as "answeredAt",
      k.abandoned_at as "abandonedAt", k.source, st.display_name as adviser,
      si.name as site, cu.display_name as customer
    from calls k join sites si on si.id = k.site_id left join staff st on st.id = k.staff_id
    left join contacts c on c.id = k.contact_id left join customers cu on cu.id = c.customer_id
    where k.queued_at >= ${bounds.start} and k.queued_at < ${bounds.end}
      and ${siteAndStaff(filter, sql`k.site_id`, sql`k.staff_id`)} and ${condition}
      and ${countedCallOf(e, bounds)} and ${notOfVoidedContact(e)}
    order by k.queued_at, k.id`.execute(db);
  return rows;
}

// The work list's letters and emails behind a figure (electron/reports/correspondence-records.ts
// shows them): received, answered (the late ones are picked from these by their London day),
// overdue as of a moment, or given a holding reply in a period, in the report's scope.
import { sql, type RawBuilder } from 'kysely';
import type { Drill } from '../../../shared/api/stats';
import type { IsoDate } from '../../../shared/time/london';
import type { CorrespondenceTable } from '../../schema';
import type { ReadableDB } from '../../handles';
import { siteAndStaff, type Bounds, type StatsFilter } from '../stats/scope';

/** The drill-downs that list letters and emails. */
export type CorrespondenceDrill = Extract<Drill, `correspondence.${string}`>;

export interface CorrespondenceRecord {
  id: string;
  reference: string;
  channel: CorrespondenceTable['channel'];
  receivedAt: string;
  dueDate: IsoDate;
  respondedAt: string | null;
  subject: string;
  service: string;
  /** Who the item is assigned to, if anyone. */
  assigned: string | null;
  /** Holding replies sent on the item, ever. */
  holding: number;
}

export interface CorrespondenceQuery {
  bounds: Bounds;
  filter: StatsFilter;
  drill: CorrespondenceDrill;
  /** Overdue: received before this moment and not answered by it. */
  asOf: string;
  /** Overdue: due before the period's last day. */
  lastDay: IsoDate;
}

function conditionOf(q: CorrespondenceQuery): RawBuilder<unknown> {
  const { start, end } = q.bounds;
  switch (q.drill) {
    case 'correspondence.received':
      return sql`k.received_at >= ${start} and k.received_at < ${end}
      and ${siteAndStaff(q.filter, sql`k.site_id`, sql`k.assigned_to`)}`;
    case 'correspondence.answered':
    case 'correspondence.late':
      return sql`k.responded_at >= ${start} and k.responded_at < ${end}
      and ${siteAndStaff(q.filter, sql`k.site_id`, sql`k.responded_by`)}`;
    case 'correspondence.overdue':
      return sql`k.received_at < ${q.asOf} and k.due_date < ${q.lastDay}
      and (k.responded_at is null or k.responded_at >= ${q.asOf})
      and ${siteAndStaff(q.filter, sql`k.site_id`, sql`k.assigned_to`)}`;
    case 'correspondence.holding':
      return sql`exists (select 1 from holding_replies h where h.correspondence_id = k.id
      and h.sent_at >= ${start} and h.sent_at < ${end})
      and ${siteAndStaff(q.filter, sql`k.site_id`, sql`k.assigned_to`)}`;
  }
}

/** The items a drill-down names, in the order they were received. */
export async function correspondenceRecordsIn(
  db: ReadableDB,
  query: CorrespondenceQuery,
): Promise<CorrespondenceRecord[]> {
  const { rows } = await sql<CorrespondenceRecord>`
    select k.id, k.reference, k.channel, k.received_at as "receivedAt", k.due_date as "dueDate",
      k.responded_at as "respondedAt", k.subject, s.name as service, st.display_name as assigned,
      (select count(*) from holding_replies h where h.correspondence_id = k.id) as holding
    from correspondence k join services s on s.id = k.service_id
    left join staff st on st.id = k.assigned_to
    where ${conditionOf(query)} order by k.received_at, k.id`.execute(db);
  return rows.map((r) => ({ ...r, holding: Number(r.holding) }));
}

// The visits behind the face-to-face figures (electron/reports/visit-records.ts decides which
// were seen, seen late or left unseen by the one wait rule): every visitor who arrived in a
// period, in the report's scope, with the names a team leader reads.
import { sql } from 'kysely';
import type { VisitTable } from '../../schema';
import type { ReadableDB } from '../../handles';
import { siteAndStaff, type Bounds, type StatsFilter } from '../stats/scope';

export interface VisitRecord {
  id: string;
  ticket: string;
  arrivedAt: string;
  appointmentAt: string | null;
  firstSeenAt: string | null;
  state: VisitTable['state'];
  closedAt: string | null;
  /** The customer's record name, else the name given at the desk; null if neither. */
  customer: string | null;
  service: string;
  site: string;
  adviser: string | null;
}

/** Visitors who arrived in `bounds`, in order of arrival. */
export async function visitRecordsIn(
  db: ReadableDB,
  bounds: Bounds,
  filter: StatsFilter,
): Promise<VisitRecord[]> {
  const { rows } = await sql<VisitRecord>`
    select v.id, v.ticket, v.arrived_at as "arrivedAt", v.appointment_at as "appointmentAt",
      v.first_seen_at as "firstSeenAt", v.state, v.closed_at as "closedAt",
      coalesce(cu.display_name, v.customer_name) as customer, s.name as service, si.name as site,
      st.display_name as adviser
    from visits v join services s on s.id = v.first_service_id join sites si on si.id = v.site_id
    left join staff st on st.id = v.staff_id left join customers cu on cu.id = v.customer_id
    where v.arrived_at >= ${bounds.start} and v.arrived_at < ${bounds.end}
      and ${siteAndStaff(filter, sql`v.site_id`, sql`v.staff_id`)}
    order by v.arrived_at, v.id`.execute(db);
  return rows;
}

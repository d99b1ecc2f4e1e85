// Hand-offs to service departments (NeSDS standards 22 and 24) with the names their views
// show: one, a customer's, a department's work list, or those still with the department.
import { sql } from 'kysely';
import type { ReadableDB } from '../../handles';

function selectHandOffs(db: ReadableDB) {
  return db
    .selectFrom('hand_offs as h')
    .innerJoin('services as s', 's.id', 'h.service_id')
    .innerJoin('departments as d', 'd.id', 'h.department_id')
    .innerJoin('staff as st', 'st.id', 'h.created_by')
    .leftJoin('customers as c', 'c.id', 'h.customer_id')
    .leftJoin('service_standards as ss', 'ss.id', 'h.standard_id')
    .selectAll('h')
    .select([
      's.name as service_name',
      'd.name as department_name',
      'st.display_name as created_by_name',
      'st.team as created_by_team',
      'c.display_name as customer_name',
      'ss.name as standard_name',
    ]);
}
export type HandOffRow = Awaited<
  ReturnType<ReturnType<typeof selectHandOffs>['executeTakeFirstOrThrow']>
>;

export interface HandOffFilter {
  id?: string | undefined;
  customerId?: string | undefined;
  departmentId?: string | undefined;
  /** Only those still with the department (open or accepted). */
  withDepartment?: boolean;
  /**
   * As a work list: soonest due first, those with no standard (no due date) last, never
   * crowding out the ones to escalate; at most this many.
   */
  worklist?: number;
}

export async function listHandOffRows(
  db: ReadableDB,
  filter: HandOffFilter,
): Promise<HandOffRow[]> {
  let query = selectHandOffs(db);
  if (filter.id) query = query.where('h.id', '=', filter.id);
  if (filter.customerId) query = query.where('h.customer_id', '=', filter.customerId);
  if (filter.departmentId) query = query.where('h.department_id', '=', filter.departmentId);
  if (filter.withDepartment) query = query.where('h.status', 'in', ['open', 'accepted']);
  if (filter.worklist !== undefined)
    query = query
      .orderBy(sql`h.due_at is null`)
      .orderBy('h.due_at')
      .orderBy('h.created_at')
      .limit(filter.worklist);
  return query.execute();
}

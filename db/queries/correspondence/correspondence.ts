// Letters, emails and web forms (NeSDS standards 3 and 5) as the work list, the item screen
// and the figures read them: each item with the names it shows, and its holding replies.
import type { ReadableDB } from '../../handles';

/** Correspondence with the names a work list shows. */
function selectItems(db: ReadableDB) {
  return db
    .selectFrom('correspondence as c')
    .innerJoin('services as s', 's.id', 'c.service_id')
    .leftJoin('customers as cu', 'cu.id', 'c.customer_id')
    .leftJoin('staff as a', 'a.id', 'c.assigned_to')
    .leftJoin('staff as r', 'r.id', 'c.responded_by')
    .leftJoin('departments as d', 'd.id', 'c.department_id')
    .selectAll('c')
    .select([
      's.name as service_name',
      'cu.display_name as customer_name',
      'a.display_name as assigned_name',
      'a.team as assigned_team',
      'r.display_name as responded_name',
      'd.name as department_name',
    ]);
}

export type ItemRow = Awaited<
  ReturnType<ReturnType<typeof selectItems>['executeTakeFirstOrThrow']>
>;

export async function itemById(db: ReadableDB, id: string): Promise<ItemRow | undefined> {
  return selectItems(db).where('c.id', '=', id).executeTakeFirst();
}

export interface WorkListFilter {
  serviceId?: string | undefined;
  departmentId?: string | undefined;
  closed: boolean;
}

/**
 * A work list's items: open ones soonest due first, all of them (the list's counts need
 * every one); closed ones, the 200 most recently answered.
 */
export async function listWorkItems(db: ReadableDB, filter: WorkListFilter): Promise<ItemRow[]> {
  let query = selectItems(db);
  if (filter.serviceId) query = query.where('c.service_id', '=', filter.serviceId);
  if (filter.departmentId) query = query.where('c.department_id', '=', filter.departmentId);
  return query
    .where('c.status', '=', filter.closed ? 'closed' : 'open')
    .orderBy(filter.closed ? 'c.responded_at' : 'c.due_date', filter.closed ? 'desc' : 'asc')
    .orderBy('c.received_at')
    .limit(filter.closed ? 200 : 5000)
    .execute();
}

/** Items received in `[from, to)` (instants), optionally at one site or for one service. */
export async function itemsReceivedIn(
  db: ReadableDB,
  range: { from: string; to: string; siteId?: string | undefined; serviceId?: string | undefined },
): Promise<ItemRow[]> {
  let query = selectItems(db)
    .where('c.received_at', '>=', range.from)
    .where('c.received_at', '<', range.to);
  if (range.siteId) query = query.where('c.site_id', '=', range.siteId);
  if (range.serviceId) query = query.where('c.service_id', '=', range.serviceId);
  return query.execute();
}

export interface HoldingReplyRow {
  correspondence_id: string;
  sent_at: string;
  reason: string;
  expected_date: string;
  sent_by_name: string;
}

export async function holdingRepliesFor(db: ReadableDB, ids: string[]): Promise<HoldingReplyRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('holding_replies as h')
    .innerJoin('staff as s', 's.id', 'h.sent_by')
    .select([
      'h.correspondence_id',
      'h.sent_at',
      'h.reason',
      'h.expected_date',
      's.display_name as sent_by_name',
    ])
    .where('h.correspondence_id', 'in', ids)
    .orderBy('h.sent_at')
    .execute();
}

/** The ids of an item's holding replies, whose own histories join the item's. */
export async function holdingReplyIds(db: ReadableDB, correspondenceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('holding_replies')
    .select('id')
    .where('correspondence_id', '=', correspondenceId)
    .execute();
  return rows.map((r) => r.id);
}

import type { Db, Tx } from '../../write';

/** Visits with the names a board shows. */
export function selectVisitRows(db: Db | Tx) {
  return db
    .selectFrom('visits as v')
    .innerJoin('services as s', 's.id', 'v.service_id')
    .leftJoin('desks as d', 'd.id', 'v.desk_id')
    .leftJoin('staff as st', 'st.id', 'v.staff_id')
    .leftJoin('customers as c', 'c.id', 'v.customer_id')
    .selectAll('v')
    .select([
      's.name as service_name',
      'd.name as desk_name',
      'st.display_name as staff_name',
      'c.display_name as linked_customer_name',
    ]);
}

export type VisitRow = Awaited<
  ReturnType<ReturnType<typeof selectVisitRows>['executeTakeFirstOrThrow']>
>;

export function getVisitRow(db: Db | Tx, id: string): Promise<VisitRow | undefined> {
  return selectVisitRows(db).where('v.id', '=', id).executeTakeFirst();
}

/** A site's visits for one London day (by ticket date), in ticket order. */
export function listSiteDayVisits(
  db: Db | Tx,
  siteId: string,
  ticketDate: string,
): Promise<VisitRow[]> {
  return selectVisitRows(db)
    .where('v.site_id', '=', siteId)
    .where('v.ticket_date', '=', ticketDate)
    .orderBy('v.ticket_number')
    .execute();
}

/** Visits still in the building (any day: a visit left open overnight must stay visible). */
export function listOpenSiteVisits(db: Db | Tx, siteId: string): Promise<VisitRow[]> {
  return selectVisitRows(db)
    .where('v.site_id', '=', siteId)
    .where('v.state', 'in', ['waiting', 'called', 'in_service', 'on_hold'])
    .orderBy('v.queue_since')
    .orderBy('v.ticket_number')
    .execute();
}

export async function nextTicketNumber(
  tx: Tx,
  siteId: string,
  ticketDate: string,
): Promise<number> {
  const row = await tx
    .selectFrom('visits')
    .select((eb) => eb.fn.max<number | null>('ticket_number').as('last'))
    .where('site_id', '=', siteId)
    .where('ticket_date', '=', ticketDate)
    .executeTakeFirst();
  return (row?.last ?? 0) + 1;
}

/** The first desk each visit was served at, for figures by desk. */
export async function firstServiceDesks(db: Db | Tx, visitIds: string[]) {
  if (visitIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('visit_stretches as vs')
    .innerJoin('desks as d', 'd.id', 'vs.desk_id')
    .select(['vs.visit_id', 'd.name', 'vs.started_at'])
    .where('vs.visit_id', 'in', visitIds)
    .where('vs.state', '=', 'in_service')
    .orderBy('vs.started_at')
    .execute();
  const result = new Map<string, string>();
  for (const row of rows) if (!result.has(row.visit_id)) result.set(row.visit_id, row.name);
  return result;
}

/** Durations (seconds) of the site's most recent finished service stretches. */
export async function recentServiceSeconds(
  db: Db | Tx,
  siteId: string,
  since: string,
  limit = 20,
): Promise<number[]> {
  const rows = await db
    .selectFrom('visit_stretches as vs')
    .innerJoin('visits as v', 'v.id', 'vs.visit_id')
    .select(['vs.started_at', 'vs.ended_at'])
    .where('v.site_id', '=', siteId)
    .where('vs.state', '=', 'in_service')
    .where('vs.ended_at', 'is not', null)
    .where('vs.started_at', '>=', since)
    .orderBy('vs.ended_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => (Date.parse(r.ended_at!) - Date.parse(r.started_at)) / 1000);
}

export function listDesks(db: Db | Tx, siteId: string) {
  return db
    .selectFrom('desks as d')
    .leftJoin('staff as s', 's.id', 'd.staff_id')
    .selectAll('d')
    .select('s.display_name as staff_name')
    .where('d.site_id', '=', siteId)
    .orderBy('d.name')
    .execute();
}

export type DeskRow = Awaited<ReturnType<typeof listDesks>>[number];

/** The latest calls at a site since a time, newest first: each call (or recall) is a stretch. */
export function recentCalls(db: Db | Tx, siteId: string, since: string, limit = 8) {
  return db
    .selectFrom('visit_stretches as vs')
    .innerJoin('visits as v', 'v.id', 'vs.visit_id')
    .innerJoin('desks as d', 'd.id', 'vs.desk_id')
    .select(['v.ticket', 'd.name as desk_name', 'vs.started_at'])
    .where('v.site_id', '=', siteId)
    .where('vs.state', '=', 'called')
    .where('vs.started_at', '>=', since)
    .orderBy('vs.started_at', 'desc')
    .orderBy('vs.id', 'desc')
    .limit(limit)
    .execute();
}

// The queue's visits as the board, the desk and the waiting area read them: each row with the
// names it shows, its needs read from their JSON into the domain's type.
import { NO_NEEDS, type CustomerNeeds } from '../../../shared/domain/needs';
import { issuingLetter, TICKETS_PER_POINT } from '../../../shared/sync/numbers';
import type { ReadableDB, WritableDB } from '../../handles';
import { deskNumbering } from '../sync/state';

/** Visits with the names a board shows, as stored (composed by other queries of visits). */
export function selectVisitRows(db: ReadableDB) {
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

type StoredVisitRow = Awaited<
  ReturnType<ReturnType<typeof selectVisitRows>['executeTakeFirstOrThrow']>
>;

/** A visit with its names, its needs parsed (a field stored before it existed reads as none). */
export type VisitRow = Omit<StoredVisitRow, 'needs'> & { needs: CustomerNeeds };

/** Stored JSON needs as the domain's: every field, the stored ones over "none needed". */
export function parseNeeds(json: string): CustomerNeeds {
  return { ...NO_NEEDS, ...(JSON.parse(json) as Partial<CustomerNeeds>) };
}

export function toVisitRow(row: StoredVisitRow): VisitRow {
  return { ...row, needs: parseNeeds(row.needs) };
}

export async function getVisitRow(db: ReadableDB, id: string): Promise<VisitRow | undefined> {
  const row = await selectVisitRows(db).where('v.id', '=', id).executeTakeFirst();
  return row && toVisitRow(row);
}

/** A site's visits for one London day (by ticket date), in ticket order. */
export async function listSiteDayVisits(
  db: ReadableDB,
  siteId: string,
  ticketDate: string,
): Promise<VisitRow[]> {
  const rows = await selectVisitRows(db)
    .where('v.site_id', '=', siteId)
    .where('v.ticket_date', '=', ticketDate)
    .orderBy('v.ticket_number')
    .execute();
  return rows.map(toVisitRow);
}

/** Visits still in the building (any day: a visit left open overnight must stay visible). */
export async function listOpenSiteVisits(db: ReadableDB, siteId: string): Promise<VisitRow[]> {
  const rows = await selectVisitRows(db)
    .where('v.site_id', '=', siteId)
    .where('v.state', 'in', ['waiting', 'called', 'in_service', 'on_hold'])
    .orderBy('v.queue_since')
    .orderBy('v.ticket_number')
    .execute();
  return rows.map(toVisitRow);
}

/** Read in the check-in's own transaction, so two arrivals never take the same number. */
/**
 * The next ticket of a site's day: its number and the words on it ("A012"). A desk joined to
 * a council server numbers from its issuing point's range and shows the point's letter
 * ("AB012": site A, point B), so desks checking visitors in at once, online or not, never give
 * the same ticket (issue 21, "tickets carry the issuing point's letter").
 */
export async function nextTicket(
  tx: WritableDB,
  site: { id: string; ticket_prefix: string },
  ticketDate: string,
): Promise<{ number: number; ticket: string }> {
  const point = (await deskNumbering(tx))?.issuingPoint;
  const offset = point ? point * TICKETS_PER_POINT : 0;
  let query = tx
    .selectFrom('visits')
    .select((eb) => eb.fn.max<number | null>('ticket_number').as('last'))
    .where('site_id', '=', site.id)
    .where('ticket_date', '=', ticketDate);
  if (offset > 0) {
    query = query
      .where('ticket_number', '>', offset)
      .where('ticket_number', '<', offset + TICKETS_PER_POINT);
  }
  const row = await query.executeTakeFirst();
  const number = Math.max(row?.last ?? 0, offset) + 1;
  const letter = point ? issuingLetter(point) : '';
  return {
    number,
    ticket: `${site.ticket_prefix}${letter}${String(number - offset).padStart(3, '0')}`,
  };
}

/** The first desk each visit was served at, for figures by desk. */
export async function firstServiceDesks(db: ReadableDB, visitIds: string[]) {
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
  db: ReadableDB,
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

/** The latest calls at a site since a time, newest first: each call (or recall) is a stretch. */
export function recentCalls(db: ReadableDB, siteId: string, since: string, limit = 8) {
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

/** Every service's name by id, retired ones too: a board names the service a visit came for. */
export async function serviceNames(db: ReadableDB): Promise<Map<string, string>> {
  const rows = await db.selectFrom('services').select(['id', 'name']).execute();
  return new Map(rows.map((s) => [s.id, s.name]));
}

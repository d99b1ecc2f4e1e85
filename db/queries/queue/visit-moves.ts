// A visit's writes: checking a visitor in, moving the visit through its states, and the timed
// stretches (waiting, called, being seen, on hold) the figures are counted from. Needs are
// kept as JSON; each write goes through the change log.
import type { Visit } from '../../schema';
import type { ReadableDB, WritableDB } from '../../handles';
import { insertLogged, newId, updateLogged, type Actor } from '../../write';

/** A visit as a move reads it: its state, desk and times (not its needs). */
export type VisitState = Omit<Visit, 'needs'>;

function selectVisitState(db: ReadableDB) {
  return db
    .selectFrom('visits')
    .select([
      'id',
      'site_id',
      'ticket',
      'ticket_date',
      'ticket_number',
      'kind',
      'appointment_id',
      'appointment_at',
      'arrived_at',
      'service_id',
      'first_service_id',
      'customer_id',
      'customer_name',
      'state',
      'queue_since',
      'first_seen_at',
      'called_at',
      'call_count',
      'desk_id',
      'staff_id',
      'closed_at',
      'checked_in_by',
      'updated_at',
    ]);
}

/** Visits made here: each creation is in this desk's log and was not pulled from another desk. */
function visitsCheckedInHere(db: ReadableDB) {
  return db
    .selectFrom('change_log')
    .select('entity_id')
    .where('entity', '=', 'visits')
    .where('action', '=', 'create')
    .where('from_desk', 'is', null);
}

/** Whether the visitor was checked in at this PC (a joined desk offline calls only them). */
export async function wasCheckedInHere(db: ReadableDB, visitId: string): Promise<boolean> {
  const found = await visitsCheckedInHere(db).where('entity_id', '=', visitId).executeTakeFirst();
  return found !== undefined;
}

export function findVisit(db: ReadableDB, id: string): Promise<VisitState | undefined> {
  return selectVisitState(db).where('id', '=', id).executeTakeFirst();
}

/**
 * The visitor waiting longest (from arrival, or a later appointment time) at a site, for one
 * of `serviceIds` (empty: any service).
 */
export function nextWaitingVisit(
  db: ReadableDB,
  siteId: string,
  serviceIds: string[],
  options: {
    /** Visitors the council server said were called elsewhere meanwhile (issue 22). */
    passOver?: readonly string[];
    /** Only visitors checked in at this PC: a joined desk that cannot reach the server. */
    checkedInHere?: boolean;
  } = {},
): Promise<VisitState | undefined> {
  let query = selectVisitState(db).where('site_id', '=', siteId).where('state', '=', 'waiting');
  if (serviceIds.length > 0) query = query.where('service_id', 'in', serviceIds);
  if (options.passOver?.length) query = query.where('id', 'not in', [...options.passOver]);
  if (options.checkedInHere) query = query.where('id', 'in', visitsCheckedInHere(db));
  return query.orderBy('queue_since').orderBy('ticket_number').executeTakeFirst();
}

/** A customer's recorded needs as stored (null if none were ever given), or undefined. */
export async function customerNeedsOf(
  db: ReadableDB,
  customerId: string,
): Promise<{ needs: object | null } | undefined> {
  const row = await db
    .selectFrom('customers')
    .select('needs')
    .where('id', '=', customerId)
    .executeTakeFirst();
  return row && { needs: JSON.parse(row.needs) as object | null };
}

export type NewVisit = Omit<Visit, 'needs'> & { needs: object };

/** A new visit and its first stretch, waiting from the time it arrived. */
export async function insertVisit(tx: WritableDB, actor: Actor, visit: NewVisit): Promise<void> {
  await insertLogged(tx, actor, 'visits', { ...visit, needs: JSON.stringify(visit.needs) });
  await insertLogged(tx, actor, 'visit_stretches', {
    id: newId(),
    visit_id: visit.id,
    state: 'waiting',
    service_id: visit.service_id,
    desk_id: null,
    staff_id: actor.staffId,
    started_at: visit.arrived_at,
    ended_at: null,
  });
}

export async function updateVisit(
  tx: WritableDB,
  actor: Actor,
  id: string,
  patch: Partial<VisitState>,
): Promise<void> {
  await updateLogged(tx, actor, 'visits', id, patch);
}

/** Ends the visit's open stretch and, if it is still in the building, begins the next. */
export async function nextStretch(
  tx: WritableDB,
  actor: Actor,
  visitId: string,
  next: { state: string; serviceId: string; deskId: string | null } | null,
): Promise<void> {
  const now = actor.at.toISOString();
  const open = await tx
    .selectFrom('visit_stretches')
    .select('id')
    .where('visit_id', '=', visitId)
    .where('ended_at', 'is', null)
    .execute();
  for (const stretch of open)
    await updateLogged(tx, actor, 'visit_stretches', stretch.id, { ended_at: now });
  if (!next) return;
  await insertLogged(tx, actor, 'visit_stretches', {
    id: newId(),
    visit_id: visitId,
    state: next.state,
    service_id: next.serviceId,
    desk_id: next.deskId,
    staff_id: actor.staffId,
    started_at: now,
    ended_at: null,
  });
}

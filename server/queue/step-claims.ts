// Today's queue, decided by the council server (issue 22, "the server owns today's queue when
// online"). Before a joined desk calls, recalls, starts, holds, returns, requeues, finishes or
// marks a visitor as left or not answering, and before it checks an appointment in, it asks
// here. The server works the record out from every change it holds (shared/sync/replay.ts, the
// rules every desk uses), adds the step it granted since if that desk's push of it has not
// arrived yet, and grants this step only when the state machine allows it from there
// (shared/domain/visits.ts) and, for a call or a start, no other counter desk holds the
// visitor. Check and grant are one transaction under a lock on the record (compare-and-set):
// of two desks pressing "call next" at once exactly one gets the visitor, and of a desk
// starting a visitor while another marks them as not answering, the second is told why not.
import { sql, type Transaction } from 'kysely';
import { nextVisitState, type VisitAction, type VisitState } from '../../shared/domain/visits';
import { londonTimeOf } from '../../shared/time/london';
import type { ServerDb } from '../db/connect';
import type { ServerDatabase } from '../db/schema';
import { currentRows } from '../sync/current-rows';
import type { StepAnswer } from '../../shared/sync/wire';

type Tx = Transaction<ServerDatabase>;

/** How long a granted step stands if the desk's push of it never comes. */
export const GRANT_HOLDS_MS = 2 * 60_000;

export interface StepRequest {
  visitId: string;
  action: VisitAction;
  /** The council desk (PC) asking. */
  deskId: string;
  /** The site's counter desk taking the step (required to call or start), and its name. */
  serviceDeskId?: string | undefined;
  serviceDeskName?: string | undefined;
}

export type { StepAnswer };

/** A record as it stands for deciding: the replayed row, or the step granted since. */
interface Standing {
  state: string;
  serviceDeskId: string | null;
  serviceDeskName: string | null;
  /** When it was called to that desk, if known. */
  calledAt: string | null;
  newest: bigint;
  label: string;
}

async function counterDeskName(tx: Tx, id: unknown): Promise<string> {
  if (typeof id !== 'string') return 'another desk';
  const name = (await currentRows(tx, 'desks', id)).get(id)?.fields.name;
  return typeof name === 'string' ? name : 'another desk';
}

/** Locks the record for this transaction and reads where it stands; null if none is held. */
async function standing(tx: Tx, entity: string, id: string): Promise<Standing | null> {
  await sql`select pg_advisory_xact_lock(hashtext(${`${entity}:${id}`}))`.execute(tx);
  const held = (await currentRows(tx, entity, id)).get(id);
  if (!held) return null;
  const row = held.fields;
  const label =
    entity === 'visits'
      ? typeof row.ticket === 'string'
        ? `Ticket ${row.ticket}`
        : 'This visitor'
      : 'This appointment';
  const grant = await tx
    .selectFrom('queue_steps')
    .selectAll()
    .where('entity', '=', entity)
    .where('record_id', '=', id)
    .executeTakeFirst();
  // A step granted since the record last changed here stands for its desk until that desk's
  // push of it (or any later change) arrives, or for GRANT_HOLDS_MS if none ever does.
  if (
    grant &&
    BigInt(grant.after_version) >= held.newest &&
    Date.now() - grant.granted_at.getTime() < GRANT_HOLDS_MS
  ) {
    return {
      state: grant.to_state,
      serviceDeskId: grant.service_desk_id,
      serviceDeskName: grant.service_desk_name,
      calledAt: grant.granted_at.toISOString(),
      newest: held.newest,
      label,
    };
  }
  const deskId = typeof row.desk_id === 'string' ? row.desk_id : null;
  return {
    state: String(entity === 'visits' ? row.state : row.status),
    serviceDeskId: deskId,
    serviceDeskName: deskId ? await counterDeskName(tx, deskId) : null,
    calledAt: typeof row.called_at === 'string' ? row.called_at : null,
    newest: held.newest,
    label,
  };
}

async function grant(
  tx: Tx,
  entity: string,
  id: string,
  deskId: string,
  now: Standing,
  to: { state: string; serviceDeskId: string | null; serviceDeskName: string | null },
): Promise<StepAnswer> {
  const values = {
    to_state: to.state,
    service_desk_id: to.serviceDeskId,
    service_desk_name: to.serviceDeskName,
    desk_id: deskId,
    after_version: now.newest.toString(),
  };
  await tx
    .insertInto('queue_steps')
    .values({ entity, record_id: id, ...values })
    .onConflict((c) =>
      c.columns(['entity', 'record_id']).doUpdateSet({ ...values, granted_at: sql<Date>`now()` }),
    )
    .execute();
  return { status: 'granted' };
}

/** Why a call or a start must not take a visitor held by another counter desk, or null. */
function heldElsewhere(now: Standing, request: StepRequest): string | null {
  if (now.state !== 'called' || !now.serviceDeskId) return null;
  if (now.serviceDeskId === request.serviceDeskId) return null;
  const where = now.serviceDeskName ?? 'another desk';
  if (request.action === 'start') return `${now.label} was called to ${where}, not your desk.`;
  const at = now.calledAt ? ` at ${londonTimeOf(now.calledAt)}` : '';
  return `${now.label} was already called to ${where}${at}.`;
}

export async function claimStep(db: ServerDb, request: StepRequest): Promise<StepAnswer> {
  return db.transaction().execute(async (tx) => {
    const now = await standing(tx, 'visits', request.visitId);
    if (!now) return { status: 'unknown' };
    const placing = request.action === 'call' || request.action === 'start';
    if (placing && !request.serviceDeskId) {
      return { status: 'refused', reason: 'Open your desk before calling or serving a visitor.' };
    }
    if (placing) {
      const elsewhere = heldElsewhere(now, request);
      if (elsewhere) return { status: 'refused', reason: elsewhere };
    }
    const move = nextVisitState(now.state as VisitState, request.action);
    if (!move.ok) return { status: 'refused', reason: `${now.label}: ${move.message}` };
    const stays = move.to === 'called' || move.to === 'in_service' || move.to === 'done';
    return grant(tx, 'visits', request.visitId, request.deskId, now, {
      state: move.to,
      serviceDeskId: placing ? request.serviceDeskId! : stays ? now.serviceDeskId : null,
      serviceDeskName: placing
        ? (request.serviceDeskName ?? null)
        : stays
          ? now.serviceDeskName
          : null,
    });
  });
}

/** Checking a booked appointment in, once: two reception PCs never both check it in. */
export async function claimCheckIn(
  db: ServerDb,
  request: { appointmentId: string; deskId: string },
): Promise<StepAnswer> {
  return db.transaction().execute(async (tx) => {
    const now = await standing(tx, 'appointments', request.appointmentId);
    if (!now) return { status: 'unknown' };
    if (now.state !== 'booked') {
      return {
        status: 'refused',
        reason: `That appointment is already ${now.state === 'checked_in' ? 'checked in' : 'cancelled'}.`,
      };
    }
    return grant(tx, 'appointments', request.appointmentId, request.deskId, now, {
      state: 'checked_in',
      serviceDeskId: null,
      serviceDeskName: null,
    });
  });
}

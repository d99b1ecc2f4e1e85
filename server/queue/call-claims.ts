// Calling a visitor, decided by the council server (issue 22, "the server owns today's queue
// when online"). A desk about to call a visitor asks here first; the server works the visit
// out from every change it holds (shared/sync/replay.ts, the rules every desk uses), adds any
// call it has granted since, and grants this call only when the visitor may be called
// (shared/domain/visits.ts) and no other counter desk holds them. The check and the grant are
// one transaction under a lock on the visit: of two desks pressing "call next" at the same
// moment, exactly one gets the visitor, and the other is told where they went and moves on.
import { sql, type Transaction } from 'kysely';
import { nextVisitState, type VisitState } from '../../shared/domain/visits';
import { londonTimeOf } from '../../shared/time/london';
import type { ServerDb } from '../db/connect';
import type { ServerDatabase } from '../db/schema';
import { currentRows } from '../sync/current-rows';
import type { CallAnswer } from '../../shared/sync/wire';

type Tx = Transaction<ServerDatabase>;

/** How long a granted call holds the visitor if the desk's push of it never comes. */
export const GRANT_HOLDS_MS = 2 * 60_000;

export interface CallRequest {
  visitId: string;
  /** The council desk (PC) asking. */
  deskId: string;
  /** The site's counter desk the visitor is being called to, and its name. */
  serviceDeskId: string;
  serviceDeskName: string;
}

export type { CallAnswer };

async function counterDeskName(tx: Tx, id: unknown): Promise<string> {
  if (typeof id !== 'string') return 'another desk';
  const name = (await currentRows(tx, 'desks', id)).get(id)?.fields.name;
  return typeof name === 'string' ? name : 'another desk';
}

export async function claimCall(db: ServerDb, request: CallRequest): Promise<CallAnswer> {
  return db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`visit:${request.visitId}`}))`.execute(tx);
    const held = (await currentRows(tx, 'visits', request.visitId)).get(request.visitId);
    if (!held) return { status: 'unknown' };
    const visit = { row: held.fields, newest: held.newest };
    const ticket =
      typeof visit.row.ticket === 'string' ? `Ticket ${visit.row.ticket}` : 'This visitor';

    // A call granted since the visit last changed here holds the visitor for its desk.
    const grant = await tx
      .selectFrom('queue_calls')
      .selectAll()
      .where('visit_id', '=', request.visitId)
      .executeTakeFirst();
    const holding =
      grant &&
      BigInt(grant.after_version) >= visit.newest &&
      Date.now() - grant.granted_at.getTime() < GRANT_HOLDS_MS;
    if (holding && grant.service_desk_id !== request.serviceDeskId) {
      return {
        status: 'refused',
        reason: `${ticket} was already called to ${grant.service_desk_name} at ${londonTimeOf(grant.granted_at.toISOString())}.`,
      };
    }

    const state = (holding ? 'called' : visit.row.state) as VisitState;
    if (state === 'called' && !holding && visit.row.desk_id !== request.serviceDeskId) {
      const calledAt = typeof visit.row.called_at === 'string' ? visit.row.called_at : null;
      return {
        status: 'refused',
        reason: `${ticket} was already called to ${await counterDeskName(tx, visit.row.desk_id)}${calledAt ? ` at ${londonTimeOf(calledAt)}` : ''}.`,
      };
    }
    const move = nextVisitState(state, 'call');
    if (!move.ok) return { status: 'refused', reason: `${ticket}: ${move.message}` };

    await tx
      .insertInto('queue_calls')
      .values({
        visit_id: request.visitId,
        service_desk_id: request.serviceDeskId,
        service_desk_name: request.serviceDeskName,
        desk_id: request.deskId,
        after_version: visit.newest.toString(),
      })
      .onConflict((c) =>
        c.column('visit_id').doUpdateSet({
          service_desk_id: request.serviceDeskId,
          service_desk_name: request.serviceDeskName,
          desk_id: request.deskId,
          after_version: visit.newest.toString(),
          granted_at: sql<Date>`now()`,
        }),
      )
      .execute();
    return { status: 'granted' };
  });
}

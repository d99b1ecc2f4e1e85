// The one place a visit changes state: checks the move against the state machine and the
// desks, writes the visit and its timed stretches with their change-log entries, in the
// caller's transaction. An illegal move throws with a message and writes nothing. The check
// alone (planMove) runs before a joined desk asks the council server, so the server never
// grants a step this desk would then refuse (a grant holds the visitor for other desks).
import { mayCallToDesk, type ActingStaff } from '../../../shared/api/access-rules';
import { ApiFailure } from '../../../shared/api/errors';
import { requireActiveService } from '../require-service';
import { nextVisitState, type VisitAction } from '../../../shared/domain/visits';
import type { ReadableDB, WritableDB } from '../../../db/handles';
import { busyTicketAt, deskNameOf, findDesk } from '../../../db/queries/queue/desks';
import { nextStretch, updateVisit, type VisitState } from '../../../db/queries/queue/visit-moves';
import type { Actor } from '../../../db/write';

export interface MoveOptions {
  deskId?: string | undefined;
  /** Who asks for the move: a call to a desk is theirs to make (mayCallToDesk). */
  caller: ActingStaff;
  serviceId?: string | undefined;
  holdReturn: 'keep_place' | 'rejoin';
}

async function deskName(tx: ReadableDB, deskId: string | null): Promise<string> {
  if (!deskId) return 'another desk';
  return (await deskNameOf(tx, deskId)) ?? 'another desk';
}

/**
 * Throws unless `deskId` may call a visitor at `siteId` now: it is open, at that site, the
 * caller's own (or the caller leads), and not still with another visitor.
 */
export async function checkCallingDesk(
  tx: ReadableDB,
  deskId: string | undefined,
  siteId: string,
  caller: ActingStaff,
  visitId?: string,
): Promise<string> {
  if (!deskId)
    throw new ApiFailure('VALIDATION', 'Open your desk before calling a visitor.', {
      deskId: 'Open your desk first.',
    });
  const desk = await findDesk(tx, deskId);
  if (!desk || desk.site_id !== siteId)
    throw new ApiFailure('VALIDATION', 'That desk is not at this visitor’s site.');
  if (!desk.isOpen)
    throw new ApiFailure('CONFLICT', `${desk.name} is closed. Open it before calling a visitor.`);
  if (!mayCallToDesk(caller, { staffId: desk.staff_id }))
    throw new ApiFailure(
      'FORBIDDEN',
      `${desk.name} is open for a colleague: call visitors to your own desk. A team leader can call to any desk.`,
    );
  const busy = await busyTicketAt(tx, deskId, visitId);
  if (busy) {
    throw new ApiFailure(
      'CONFLICT',
      `${desk.name} is still with ticket ${busy}. Finish, hold or send them back before calling another visitor.`,
    );
  }
  return deskId;
}

async function checkCall(
  tx: ReadableDB,
  visit: VisitState,
  deskId: string | undefined,
  caller: ActingStaff,
): Promise<string> {
  const calling = await checkCallingDesk(tx, deskId, visit.site_id, caller, visit.id);
  if (visit.state === 'called' && visit.desk_id !== calling) {
    throw new ApiFailure(
      'CONFLICT',
      `Ticket ${visit.ticket} has already been called to ${await deskName(tx, visit.desk_id)}.`,
    );
  }
  return calling;
}

export interface PlannedMove {
  to: VisitState['state'];
  patch: Partial<VisitState>;
}

/** The move as it would be written, or a throw with why it may not be made. Reads only. */
export async function planMove(
  tx: ReadableDB,
  actor: Actor,
  visit: VisitState,
  action: VisitAction,
  options: MoveOptions,
): Promise<PlannedMove> {
  const move = nextVisitState(visit.state, action);
  if (!move.ok) throw new ApiFailure('CONFLICT', `Ticket ${visit.ticket}: ${move.message}`);
  const now = actor.at.toISOString();
  const patch: Partial<VisitState> = { state: move.to, updated_at: now };

  switch (action) {
    case 'call':
      patch.desk_id = await checkCall(tx, visit, options.deskId, options.caller);
      patch.called_at = now;
      patch.call_count = visit.call_count + 1;
      patch.staff_id = actor.staffId;
      break;
    case 'start':
      if (options.deskId && visit.desk_id !== options.deskId) {
        throw new ApiFailure(
          'CONFLICT',
          `Ticket ${visit.ticket} was called to ${await deskName(tx, visit.desk_id)}, not your desk.`,
        );
      }
      patch.first_seen_at = visit.first_seen_at ?? now; // the 10-minute figure uses the first time seen
      patch.staff_id = actor.staffId;
      break;
    case 'hold':
      patch.desk_id = null;
      break;
    case 'return':
      patch.desk_id = null;
      if (visit.state === 'on_hold' && options.holdReturn === 'rejoin') patch.queue_since = now;
      break;
    case 'requeue': {
      if (!options.serviceId)
        throw new ApiFailure('VALIDATION', 'Choose the second service the visitor now needs.', {
          serviceId: 'Choose the second service.',
        });
      await requireActiveService(tx, options.serviceId);
      patch.service_id = options.serviceId;
      patch.queue_since = now;
      patch.desk_id = null;
      break;
    }
    case 'finish':
    case 'left':
    case 'no_show':
      patch.closed_at = now;
      break;
  }
  return { to: move.to, patch };
}

export async function moveVisit(
  tx: WritableDB,
  actor: Actor,
  visit: VisitState,
  action: VisitAction,
  options: MoveOptions,
): Promise<void> {
  const { to, patch } = await planMove(tx, actor, visit, action, options);
  await updateVisit(tx, actor, visit.id, patch);
  const stillHere = to === 'waiting' || to === 'called' || to === 'in_service' || to === 'on_hold';
  await nextStretch(
    tx,
    actor,
    visit.id,
    stillHere
      ? {
          state: to,
          serviceId: patch.service_id ?? visit.service_id,
          deskId: patch.desk_id === undefined ? visit.desk_id : patch.desk_id,
        }
      : null,
  );
}

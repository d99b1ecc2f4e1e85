// Today's queue on a desk joined to the council server (issue 22, "the server owns today's
// queue when online"): before a visit moves (a call, a recall, a start, a hold, a finish…) or
// an appointment is checked in, the server decides against the record as every desk has sent
// it, so two desks never call or serve the same visitor and a step is never taken from a state
// the visitor has already left. A joined desk that cannot reach the server calls only visitors
// checked in at this PC (its own local queue), so no other desk can be calling them; the
// visitors it already holds at its counter it goes on serving. A single desk decides alone.
import type { VisitAction } from '../../../shared/domain/visits';
import { ApiFailure } from '../../../shared/api/errors';
import type { VisitState } from '../../../db/queries/queue/visit-moves';
import { nextWaitingVisit, wasCheckedInHere } from '../../../db/queries/queue/visit-moves';
import type { StepCheck } from '../../../shared/sync/wire';
import type { ApiContext } from '../context';

/** How many visitors "call next" tries when the server says each was called elsewhere. */
const TRIES = 5;

/** What the server says about this step of the visit, at this counter desk if it places them. */
async function askStep(
  ctx: ApiContext,
  visitId: string,
  action: VisitAction,
  serviceDesk: { id: string; name: string } | null,
): Promise<StepCheck> {
  const answer = await ctx.sync.claimStep(visitId, action, serviceDesk);
  if (answer.status !== 'unknown') return answer;
  // The server has not got the visit yet: most likely this desk's own check-in, still on
  // its way. It goes now, and the server is asked again.
  await ctx.sync.syncNow();
  return ctx.sync.claimStep(visitId, action, serviceDesk);
}

/**
 * Throws, changing nothing, unless this step may be taken: the server refused it (its reason
 * is shown), or the server cannot be reached and the step is a call of a visitor checked in at
 * another PC. A server that does not know the visit yet leaves it to this desk.
 */
export async function requireStep(
  ctx: ApiContext,
  visitId: string,
  action: VisitAction,
  serviceDesk: { id: string; name: string } | null,
): Promise<void> {
  const answer = await askStep(ctx, visitId, action, serviceDesk);
  if (answer.status === 'refused') {
    void ctx.sync.syncNow(); // bring the step that beat this one here
    throw new ApiFailure('CONFLICT', answer.reason);
  }
  if (answer.status === 'unreachable' && action === 'call') {
    if (!(await wasCheckedInHere(ctx.db, visitId))) {
      throw new ApiFailure('CONFLICT', OFFLINE_CALL_ELSEWHERE);
    }
  }
}

/** Throws, changing nothing, if the server says the appointment is checked in already. */
export async function requireCheckIn(ctx: ApiContext, appointmentId: string): Promise<void> {
  let answer = await ctx.sync.claimCheckIn(appointmentId);
  if (answer.status === 'unknown') {
    await ctx.sync.syncNow();
    answer = await ctx.sync.claimCheckIn(appointmentId);
  }
  if (answer.status === 'refused') {
    void ctx.sync.syncNow();
    throw new ApiFailure('CONFLICT', answer.reason);
  }
}

/**
 * The visitor "call next" gets: the one longest waiting here whose call the server grants.
 * One the server says was called elsewhere is passed over (this desk pulls that call in its
 * next round); `refusal` is the last reason given, for when nobody else is waiting.
 */
export async function nextCallable(
  ctx: ApiContext,
  desk: { id: string; name: string; site_id: string; serviceIds: string[] },
): Promise<{ visit: VisitState | undefined; refusal: string | null }> {
  const passOver: string[] = [];
  let refusal: string | null = null;
  for (let i = 0; i < TRIES; i += 1) {
    const visit = await nextWaitingVisit(ctx.db, desk.site_id, desk.serviceIds, { passOver });
    if (!visit) break;
    const answer = await askStep(ctx, visit.id, 'call', desk);
    if (answer.status === 'unreachable') {
      const own = await nextWaitingVisit(ctx.db, desk.site_id, desk.serviceIds, {
        passOver,
        checkedInHere: true,
      });
      return { visit: own, refusal: own ? null : OFFLINE_QUEUE_EMPTY };
    }
    if (answer.status !== 'refused') return { visit, refusal };
    passOver.push(visit.id);
    refusal = answer.reason;
  }
  if (refusal) void ctx.sync.syncNow(); // bring the other desks' calls here
  return { visit: undefined, refusal };
}

export const OFFLINE_QUEUE_EMPTY =
  'The council server cannot be reached, so this desk calls only visitors checked in at this PC, and none of them is waiting.';

export const OFFLINE_CALL_ELSEWHERE =
  'The council server cannot be reached, so this desk calls only visitors checked in at this PC, and this visitor was checked in at another. Call them once the header says Online.';

// Calling a visitor on a desk joined to the council server (issue 22, "the server owns today's
// queue when online"): the server decides, against the visitor's state as every desk has
// sent it, so two desks pressing "call next" at once never get the same visitor. A joined desk
// that cannot reach the server calls only visitors checked in at this PC (its own local
// queue), so no other desk can be calling them. A single desk calls from what it holds.
import type { VisitState } from '../../../db/queries/queue/visit-moves';
import { nextWaitingVisit } from '../../../db/queries/queue/visit-moves';
import type { CallCheck } from '../../../shared/sync/wire';
import type { ApiContext } from '../context';

/** How many visitors "call next" tries when the server says each was called elsewhere. */
const TRIES = 5;

/** What the server says about calling this visitor to this counter desk. */
export async function askToCall(
  ctx: ApiContext,
  visitId: string,
  serviceDesk: { id: string; name: string },
): Promise<CallCheck> {
  const answer = await ctx.sync.claimCall(visitId, serviceDesk);
  if (answer.status !== 'unknown') return answer;
  // The server has not got the visit yet: most likely this desk's own check-in, still on
  // its way. It goes now, and the server is asked again.
  await ctx.sync.syncNow();
  return ctx.sync.claimCall(visitId, serviceDesk);
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
    const answer = await askToCall(ctx, visit.id, desk);
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

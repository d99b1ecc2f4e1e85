// Face-to-face waiting figures, defined once for the board, the stats screen and exports.
// Wait = first seen at a desk minus the later of arrival and appointment time (product
// handbook). "% within 10 minutes" is over visitors seen; those who left without being
// seen are counted and shown beside it, never dropped.
import { waitSeconds, type VisitState } from '../domain/visits';

export const DEFAULT_WAIT_LIMIT_MINUTES = 10;

export interface WaitVisit {
  state: VisitState;
  arrivedAt: Date;
  appointmentAt: Date | null;
  firstSeenAt: Date | null;
}

export interface WaitFigures {
  visits: number;
  seen: number;
  seenWithinLimit: number;
  /** seenWithinLimit / seen, null when nobody has been seen. */
  shareWithinLimit: number | null;
  averageWaitSeconds: number | null;
  /** 90th percentile of the waits of those seen (nearest-rank). */
  p90WaitSeconds: number | null;
  /** The longest wait of anyone seen, or still waiting now. */
  longestWaitSeconds: number | null;
  leftWithoutBeingSeen: number;
  noShows: number;
  waitingNow: number;
  limitMinutes: number;
}

/** Nearest-rank percentile: the smallest value with at least p% of values at or below it. */
export function percentile(sortedAscending: readonly number[], p: number): number | null {
  if (sortedAscending.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sortedAscending.length));
  return sortedAscending[rank - 1]!;
}

export function faceToFaceWaits(
  visits: readonly WaitVisit[],
  now: Date,
  limitMinutes = DEFAULT_WAIT_LIMIT_MINUTES,
): WaitFigures {
  const seenWaits: number[] = [];
  let longest: number | null = null;
  let leftWithoutBeingSeen = 0;
  let noShows = 0;
  let waitingNow = 0;
  for (const v of visits) {
    if (v.firstSeenAt) {
      const wait = waitSeconds(v.arrivedAt, v.appointmentAt, v.firstSeenAt, now);
      seenWaits.push(wait);
      longest = Math.max(longest ?? 0, wait);
    } else if (v.state === 'left') {
      leftWithoutBeingSeen += 1;
    } else if (v.state === 'no_show') {
      noShows += 1;
    } else {
      waitingNow += 1;
      longest = Math.max(longest ?? 0, waitSeconds(v.arrivedAt, v.appointmentAt, null, now));
    }
  }
  seenWaits.sort((a, b) => a - b);
  const within = seenWaits.filter((w) => w <= limitMinutes * 60).length;
  const total = seenWaits.reduce((sum, w) => sum + w, 0);
  return {
    visits: visits.length,
    seen: seenWaits.length,
    seenWithinLimit: within,
    shareWithinLimit: seenWaits.length === 0 ? null : within / seenWaits.length,
    averageWaitSeconds: seenWaits.length === 0 ? null : total / seenWaits.length,
    p90WaitSeconds: percentile(seenWaits, 90),
    longestWaitSeconds: longest,
    leftWithoutBeingSeen,
    noShows,
    waitingNow,
    limitMinutes,
  };
}

// Face-to-face waiting figures, defined once for the board, the stats screen and exports.
// Wait = first seen at a desk minus the later of arrival and appointment time (product
// handbook). "% within 10 minutes" is over visitors seen; those who left without being
// seen are counted and shown beside it, never dropped.
import { waitSeconds, type VisitState } from '../domain/visits';
import { shareOf, withinLimit } from './counts';

/** The usual promise when a council has no face-to-face standard (db/queries/targets.ts). */
export const DEFAULT_WAIT_LIMIT_MINUTES = 10;

export interface WaitVisit {
  state: VisitState;
  arrivedAt: Date;
  appointmentAt: Date | null;
  firstSeenAt: Date | null;
  /**
   * When the visit closed (marked left, did not answer, finished). A visitor who left
   * without being seen counts in `longestEndedWaitSeconds` with the wait they had up to
   * then; without it their wait is not known and they are only counted.
   */
  closedAt?: Date | null;
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
  /**
   * The longest wait of anyone seen, or still waiting now. Kept as it was for the daily
   * stats; it falls when the longest waiter leaves, so the live board shows the two below.
   */
  longestWaitSeconds: number | null;
  /**
   * The longest wait that is over: of anyone seen, or who left without being seen (to when
   * they were marked as left). Waits only join it once ended, so it never falls (issue 19).
   */
  longestEndedWaitSeconds: number | null;
  /** That longest ended wait was a visitor who gave up and left without being seen. */
  longestEndedWaitLeft: boolean;
  /** The longest wait, at `now`, of anyone not yet seen (waiting, or called but not come). */
  longestWaitingNowSeconds: number | null;
  /** Visitors not yet seen whose wait at `now` is past the promise. */
  waitingOverLimit: number;
  leftWithoutBeingSeen: number;
  noShows: number;
  waitingNow: number;
  limitMinutes: number;
}

/**
 * The promise is broken once a wait passes the limit: exactly 10 minutes is still within
 * 10 minutes (`withinLimit`). The badges and every count of breaches ask here, so a red timer
 * and the figures beside it agree; the SQL counts use db/engine/sqlite.ts `withinLimit`.
 */
export function isOverWaitLimit(seconds: number, limitMinutes: number): boolean {
  return !withinLimit(seconds, limitMinutes * 60);
}

/** Nearest-rank percentile: the smallest value with at least p% of values at or below it. */
export function percentile(sortedAscending: readonly number[], p: number): number | null {
  if (sortedAscending.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sortedAscending.length));
  return sortedAscending[rank - 1]!;
}

const longer = (a: number | null, b: number) => Math.max(a ?? 0, b);

export function faceToFaceWaits(
  visits: readonly WaitVisit[],
  now: Date,
  limitMinutes = DEFAULT_WAIT_LIMIT_MINUTES,
): WaitFigures {
  const seenWaits: number[] = [];
  let longestLeft: number | null = null;
  let longestWaiting: number | null = null;
  let leftWithoutBeingSeen = 0;
  let noShows = 0;
  let waitingNow = 0;
  let waitingOverLimit = 0;
  for (const v of visits) {
    if (v.firstSeenAt) {
      seenWaits.push(waitSeconds(v.arrivedAt, v.appointmentAt, v.firstSeenAt, now));
    } else if (v.state === 'left') {
      leftWithoutBeingSeen += 1;
      if (v.closedAt)
        longestLeft = longer(
          longestLeft,
          waitSeconds(v.arrivedAt, v.appointmentAt, v.closedAt, now),
        );
    } else if (v.state === 'no_show') {
      noShows += 1;
    } else {
      waitingNow += 1;
      const wait = waitSeconds(v.arrivedAt, v.appointmentAt, null, now);
      longestWaiting = longer(longestWaiting, wait);
      if (isOverWaitLimit(wait, limitMinutes)) waitingOverLimit += 1;
    }
  }
  seenWaits.sort((a, b) => a - b);
  const within = seenWaits.filter((w) => !isOverWaitLimit(w, limitMinutes)).length;
  const total = seenWaits.reduce((sum, w) => sum + w, 0);
  const longestSeen = seenWaits.at(-1) ?? null;
  const ended = [longestSeen, longestLeft].filter((w) => w !== null);
  return {
    visits: visits.length,
    seen: seenWaits.length,
    seenWithinLimit: within,
    shareWithinLimit: shareOf(within, seenWaits.length),
    averageWaitSeconds: seenWaits.length === 0 ? null : total / seenWaits.length,
    p90WaitSeconds: percentile(seenWaits, 90),
    // As before: seen or still waiting, not those who left.
    longestWaitSeconds:
      longestSeen === null && longestWaiting === null
        ? null
        : Math.max(longestSeen ?? 0, longestWaiting ?? 0),
    longestEndedWaitSeconds: ended.length === 0 ? null : Math.max(...ended),
    // A tie with someone seen is not marked: the figure was reached by a visitor seen too.
    longestEndedWaitLeft: longestLeft !== null && longestLeft > (longestSeen ?? -1),
    longestWaitingNowSeconds: longestWaiting,
    waitingOverLimit,
    leftWithoutBeingSeen,
    noShows,
    waitingNow,
    limitMinutes,
  };
}

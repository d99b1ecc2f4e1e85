// How the live board words its figures at reception and the desk. Waits themselves are
// written by formatDuration (shared/metrics/figure-format.ts), the one format for every
// screen (issue 19).
import type { DeskView, QueueBoard, VisitView } from '../../shared/api';
import type { StaffPresence } from '../../shared/domain/staff';
import { isOverWaitLimit, type WaitFigures } from '../../shared/metrics/waits';
import { formatDuration } from '../../shared/metrics/figure-format';

export function formatShare(share: number | null): string {
  return share === null ? 'nobody seen yet' : `${Math.round(share * 100)}%`;
}

const AWAY: Record<Exclude<StaffPresence, 'present'>, string> = {
  signed_out: 'is signed out',
  locked: 'has locked their screen',
  idle: 'has left their screen idle',
};

function awayWords(desk: DeskView, presence: Exclude<StaffPresence, 'present'>): string {
  const who = desk.staffName
    ? `${desk.name}’s adviser, ${desk.staffName},`
    : `${desk.name}’s adviser`;
  return `${who} ${AWAY[presence]}`;
}

/**
 * How many desks are open and, when not all are staffed, which are not and why: "1", with
 * "0 staffed: Desk 1’s adviser, Amina Khan, is signed out". An open desk with nobody at it
 * is named, so reception neither promises it nor counts on it (issue 19).
 */
export function desksOpen(board: Pick<QueueBoard, 'desks' | 'staffedDesks'>): {
  open: number;
  unstaffed: string | null;
} {
  const open = board.desks.filter((d) => d.isOpen);
  const away = open.flatMap((d) =>
    d.presence === 'present' ? [] : [awayWords(d, d.presence ?? 'signed_out')],
  );
  return {
    open: open.length,
    unstaffed: away.length === 0 ? null : `${board.staffedDesks} staffed: ${away.join('; ')}`,
  };
}

/** What reception can tell a new arrival: never "No wait" with nobody at a desk. */
export function estimateText(board: Pick<QueueBoard, 'desks' | 'estimatedWaitMinutes'>): string {
  if (!board.desks.some((d) => d.isOpen)) return 'No desk open';
  if (board.estimatedWaitMinutes === null) return 'No desk staffed';
  return board.estimatedWaitMinutes === 0 ? 'No wait' : `About ${board.estimatedWaitMinutes} min`;
}

/**
 * Visitors not yet seen who are past the promise now, counted from the same running
 * timers as the red badges (figures from the last refresh, plus the seconds since), so the
 * verdict beside a red timer can never read "all seen within" (issue 19).
 */
export function stillWaitingOver(
  visits: readonly VisitView[],
  sinceFetch: number,
  limitMinutes: number,
): number {
  return visits.filter(
    (v) => v.firstSeenAt === null && isOverWaitLimit(v.waitSeconds + sinceFetch, limitMinutes),
  ).length;
}

/** The verdict against the promise, counting those still waiting as well as those seen. */
export function waitVerdict(
  f: Pick<WaitFigures, 'seen' | 'seenWithinLimit' | 'limitMinutes'>,
  waitingOver: number,
): { good: boolean | null; text: string } {
  const seenLate = f.seen - f.seenWithinLimit;
  const limit = `${f.limitMinutes} min`;
  if (seenLate === 0 && waitingOver === 0)
    return f.seen === 0
      ? { good: null, text: 'Nobody seen yet' }
      : { good: true, text: `✓ All seen within ${limit}` };
  const parts = [
    seenLate > 0 ? `${seenLate} seen after ${limit}` : null,
    waitingOver > 0 ? `${waitingOver} still waiting over ${limit}` : null,
  ].filter((p) => p !== null);
  return { good: false, text: `✗ ${parts.join('; ')}` };
}

/**
 * What a desk is doing now, as reception reads it at a busy site (issue 22, "busy sites"):
 * "Serving AA001 for 4 min 10 s", "Called AA002 at 10:03", "Free", or why nobody is there.
 */
export function deskDoing(desk: DeskView, now: string, timeOf: (iso: string) => string): string {
  if (!desk.isOpen) return 'Closed';
  const away = desk.presence && desk.presence !== 'present' ? AWAY[desk.presence] : null;
  const visit = desk.current;
  let doing = 'Free';
  if (visit?.state === 'in_service' && visit.firstSeenAt) {
    const seconds = (Date.parse(now) - Date.parse(visit.firstSeenAt)) / 1000;
    doing = `Serving ${visit.ticket} for ${formatDuration(seconds)}`;
  } else if (visit) {
    doing = `Called ${visit.ticket}${visit.calledAt ? ` at ${timeOf(visit.calledAt)}` : ''}`;
  }
  return away ? `${doing}; the adviser ${away}` : doing;
}

// The face-to-face section of the figures. The promise is made to each visitor: seen within
// N minutes of arrival, or of the appointment if later (the council's standards, "If you call
// at one of our offices"). So the share seen within it is the figure judged against the
// standard; the average and the 90th percentile describe the waits but carry no tick (an
// average of 6 minutes read "✓ Target met" on a day a quarter of visitors waited over 10,
// issue 19). The longest wait is every visitor's, those who gave up and left included: the
// stats said 15 minutes on a day a visitor left after 16.
import type { FigureSection } from '../../shared/api/stats';
import { meetsShareTarget } from '../../shared/metrics/figure-format';
import { isOverWaitLimit, type WaitFigures } from '../../shared/metrics/waits';
import { figure, pct, plural } from './figure-parts';
import type { Targets } from './report-context';

/** The longest wait of the period: of anyone seen, who left unseen, or still waiting. */
export function longestWait(w: WaitFigures): {
  seconds: number | null;
  of: 'seen' | 'left' | 'waiting' | null;
} {
  const ended = w.longestEndedWaitSeconds;
  const waiting = w.longestWaitingNowSeconds;
  if (ended === null && waiting === null) return { seconds: null, of: null };
  if (waiting !== null && (ended === null || waiting > ended))
    return { seconds: waiting, of: 'waiting' };
  return { seconds: ended, of: w.longestEndedWaitLeft ? 'left' : 'seen' };
}

const LONGEST_WAS = {
  seen: null,
  left: 'A visitor who left before being seen',
  waiting: 'A visitor still waiting',
} as const;

export function waitFigures(w: WaitFigures, targets: Targets): FigureSection {
  const limit = targets.waitLimitMinutes;
  const shareTarget = targets.waitSharePercent / 100;
  const longest = longestWait(w);
  return {
    id: 'faceToFace',
    title: 'Face to face',
    definition: `Wait: from arrival, or the appointment time if later, to first being seen at a desk. The promise, to each visitor: seen within ${limit} minutes. The share seen within it is judged against the standard; the average and the 90th percentile describe the waits.`,
    figures: [
      figure({
        key: 'wait.seen',
        label: 'Visitors seen',
        value: w.seen,
        unit: 'count',
        detail: w.waitingNow > 0 ? `${plural(w.waitingNow, 'visitor')} waiting now` : null,
        better: 'neither',
        drill: 'wait.seen',
      }),
      figure({
        key: 'wait.within',
        label: `Seen within ${limit} minutes`,
        value: w.shareWithinLimit,
        unit: 'percent',
        detail: `${plural(w.seenWithinLimit, 'visitor')} of ${w.seen.toLocaleString('en-GB')} seen`,
        target: `${pct(targets.waitSharePercent)} within ${limit} minutes`,
        targetShare: shareTarget,
        met: meetsShareTarget(w.shareWithinLimit, shareTarget),
        better: 'higher',
        drill: 'wait.over',
      }),
      figure({
        key: 'wait.average',
        label: 'Average wait',
        value: w.averageWaitSeconds,
        unit: 'seconds',
        detail: 'Of visitors seen; the promise is to each one, so this has no target',
        better: 'lower',
        drill: 'wait.seen',
      }),
      figure({
        key: 'wait.p90',
        label: '90th percentile wait',
        value: w.p90WaitSeconds,
        unit: 'seconds',
        detail: 'Nine in ten visitors seen were seen within this',
        better: 'lower',
        drill: 'wait.over',
      }),
      figure({
        key: 'wait.longest',
        label: 'Longest wait',
        value: longest.seconds,
        unit: 'seconds',
        detail: longest.of === null ? null : LONGEST_WAS[longest.of],
        target: `${limit} minutes or less`,
        met: longest.seconds === null ? null : !isOverWaitLimit(longest.seconds, limit),
        better: 'lower',
        drill: 'wait.over',
      }),
      figure({
        key: 'wait.left',
        label: 'Left without being seen',
        value: w.leftWithoutBeingSeen,
        unit: 'count',
        detail: w.visits > 0 ? `of ${plural(w.visits, 'visitor')} checked in` : null,
        target: 'none',
        met: w.visits === 0 ? null : w.leftWithoutBeingSeen === 0,
        better: 'lower',
        drill: 'wait.left',
      }),
    ],
  };
}

// The face-to-face section of the figures. The promise is made to each visitor: seen within
// N minutes of arrival, or of the appointment if later (the council's standards, "If you call
// at one of our offices"). So the share seen within it is the figure judged against the
// standard; the average and the 90th percentile describe the waits but carry no tick (an
// average of 6 minutes read "✓ Target met" on a day a quarter of visitors waited over 10,
// issue 19). The longest wait is every visitor's, those who gave up and left included: the
// stats said 15 minutes on a day a visitor left after 16.
import type { FigureSection } from '../../shared/api/stats';
import { withinLimit } from '../../shared/metrics/counts';
import { judge } from '../../shared/metrics/figure-format';
import type { WaitFigures } from '../../shared/metrics/waits';
import { figure } from './figure-parts';
import { NONE, WAIT_WORDS as W } from './figure-words';
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

export function waitFigures(w: WaitFigures, targets: Targets): FigureSection {
  const limit = targets.waitLimitMinutes;
  const shareTarget = targets.waitSharePercent / 100;
  const longest = longestWait(w);
  return {
    id: 'faceToFace',
    title: W.title,
    definition: W.definition(limit),
    figures: [
      figure({
        key: 'wait.seen',
        label: W.seen,
        value: w.seen,
        unit: 'count',
        detail: w.waitingNow > 0 ? W.waitingNow(w.waitingNow) : null,
        better: 'neither',
        drill: 'wait.seen',
      }),
      figure({
        key: 'wait.within',
        label: W.within(limit),
        value: w.shareWithinLimit,
        unit: 'percent',
        detail: W.withinOf(w.seenWithinLimit, w.seen),
        target: W.withinTarget(targets.waitSharePercent, limit),
        targetShare: shareTarget,
        met: judge(w.shareWithinLimit, { atLeastShare: shareTarget }),
        better: 'higher',
        drill: 'wait.over',
      }),
      figure({
        key: 'wait.average',
        label: W.average,
        value: w.averageWaitSeconds,
        unit: 'seconds',
        detail: W.averageDetail,
        better: 'lower',
        drill: 'wait.seen',
      }),
      figure({
        key: 'wait.p90',
        label: W.p90,
        value: w.p90WaitSeconds,
        unit: 'seconds',
        detail: W.p90Detail,
        better: 'lower',
        drill: 'wait.over',
      }),
      figure({
        key: 'wait.longest',
        label: W.longest,
        value: longest.seconds,
        unit: 'seconds',
        detail: longest.of === null ? null : W.longestWas[longest.of],
        target: W.longestTarget(limit),
        met: longest.seconds === null ? null : withinLimit(longest.seconds, limit * 60),
        better: 'lower',
        drill: 'wait.over',
      }),
      figure({
        key: 'wait.left',
        label: W.left,
        value: w.leftWithoutBeingSeen,
        unit: 'count',
        detail: w.visits > 0 ? W.checkedIn(w.visits) : null,
        target: NONE,
        met: w.visits === 0 ? null : judge(w.leftWithoutBeingSeen, { atMost: 0 }),
        better: 'lower',
        drill: 'wait.left',
      }),
    ],
  };
}

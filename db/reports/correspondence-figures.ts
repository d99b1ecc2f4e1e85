// The letters and emails section: received, answered, the share answered within the standard
// (each reply judged by shared/metrics/correspondence.ts `replyWithinStandard` as the days
// were counted), overdue at the period's end and holding replies.
import type { FigureSection } from '../../shared/api/stats';
import { shareOf } from '../../shared/metrics/counts';
import { judge } from '../../shared/metrics/figure-format';
import { receivedDetail } from '../../shared/metrics/letters-received';
import type { DayTotals } from './day-totals';
import { figure } from './figure-parts';
import { CORRESPONDENCE_WORDS as W, NONE } from './figure-words';

export function correspondenceSection(
  t: DayTotals,
  overdueAtEnd: number,
  replySharePercent: number,
): FigureSection {
  const within = shareOf(t.lettersAnsweredWithinStandard, t.lettersAnswered);
  const targetShare = replySharePercent / 100;
  return {
    id: 'correspondence',
    title: W.title,
    definition: W.definition,
    figures: [
      figure({
        key: 'correspondence.received',
        label: W.received,
        value: t.lettersReceived + t.lettersAsContactsOnly,
        unit: 'count',
        // Defined beside the figure: the work list alone showed 1 on a day of 5 (issue 19).
        detail: receivedDetail(t.lettersReceived, t.lettersAsContactsOnly),
        better: 'neither',
        drill: 'correspondence.received',
      }),
      figure({
        key: 'correspondence.answered',
        label: W.answered,
        value: t.lettersAnswered,
        unit: 'count',
        better: 'neither',
        drill: 'correspondence.answered',
      }),
      figure({
        key: 'correspondence.within',
        label: W.within,
        value: within,
        unit: 'percent',
        detail: W.withinOf(t.lettersAnsweredWithinStandard, t.lettersAnswered),
        target: W.withinTarget(replySharePercent),
        targetShare,
        met: judge(within, { atLeastShare: targetShare }),
        better: 'higher',
        drill: 'correspondence.late',
      }),
      figure({
        key: 'correspondence.overdue',
        label: W.overdue,
        value: overdueAtEnd,
        unit: 'count',
        target: NONE,
        met: judge(overdueAtEnd, { atMost: 0 }),
        better: 'lower',
        drill: 'correspondence.overdue',
      }),
      figure({
        key: 'correspondence.holding',
        label: W.holding,
        value: t.holdingReplies,
        unit: 'count',
        better: 'neither',
        drill: 'correspondence.holding',
      }),
    ],
  };
}

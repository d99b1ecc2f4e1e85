// A period's figures, each with its target and whether it is met. One function makes the
// figures of the day and of each earlier weekday it is compared with, so both are counted
// the same way. Definitions: shared/metrics (FCR, waits, telephone, correspondence).
import type { Figure, FigureSection, HandOffStandardRow } from '../../shared/api/stats';
import type { WaitFigures } from '../../shared/metrics/waits';
import type { DayTotals } from './day-totals';
import type { Targets } from './report-context';

export interface PeriodExtras {
  /** Worked out from the visits themselves: the 90th percentile needs every wait. */
  waits: WaitFigures;
  overdueAtEnd: number;
  handOffs: HandOffStandardRow[];
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const pct = (n: number) => `${Math.round(n)}%`;

function figure(
  f: Omit<Figure, 'previous' | 'detail' | 'target' | 'met'> & Partial<Figure>,
): Figure {
  return { detail: null, target: null, met: null, previous: null, ...f };
}

export function sectionsOf(t: DayTotals, extras: PeriodExtras, targets: Targets): FigureSection[] {
  const fcr = ratio(t.resolved, t.completed);
  const verified = ratio(t.resolved - t.repeats, t.completed);
  const fcrTarget = `${pct(targets.fcrTarget * 100)} or more`;
  const w = extras.waits;
  const limit = targets.waitLimitMinutes;
  const limitSeconds = limit * 60;
  const withinWait = w.shareWithinLimit;
  const asa = t.callsAnswered === 0 ? null : t.totalAnswerSeconds / t.callsAnswered;
  const offered = t.callsAnswered + t.callsAbandoned;
  const lettersWithin = ratio(t.lettersAnsweredWithinStandard, t.lettersAnswered);
  const atMost = (v: number | null, max: number) => (v === null ? null : v <= max);

  return [
    {
      id: 'fcr',
      title: 'First-contact resolution',
      definition:
        'Inbound contacts resolved at the first contact, over all completed inbound contacts (NeSDS standard 2). Outbound follow-ups, visitors who left unseen and abandoned calls are not counted. Verified: a resolved contact followed within 7 days by another from the same customer about the same service counts as not resolved.',
      figures: [
        figure({
          key: 'fcr.recorded',
          label: 'Resolved at first contact (as recorded)',
          value: fcr,
          unit: 'percent',
          detail: `${plural(t.resolved, 'contact')} of ${t.completed.toLocaleString('en-GB')} completed`,
          target: fcrTarget,
          met: fcr === null ? null : fcr >= targets.fcrTarget,
          better: 'higher',
          drill: 'fcr.notResolved',
        }),
        figure({
          key: 'fcr.verified',
          label: 'Resolved at first contact (verified)',
          value: verified,
          unit: 'percent',
          detail: `${plural(t.repeats, 'resolved contact')} followed by a repeat contact`,
          target: fcrTarget,
          met: verified === null ? null : verified >= targets.fcrTarget,
          better: 'higher',
          drill: 'fcr.repeats',
        }),
        figure({
          key: 'fcr.completed',
          label: 'Completed inbound contacts',
          value: t.completed,
          unit: 'count',
          better: 'neither',
          drill: 'fcr.completed',
        }),
        figure({
          key: 'fcr.outbound',
          label: 'Outbound follow-ups (not counted in FCR)',
          value: t.outbound,
          unit: 'count',
          better: 'neither',
          drill: 'fcr.outbound',
        }),
      ],
    },
    {
      id: 'faceToFace',
      title: 'Face to face',
      definition: `Wait: from arrival, or the appointment time if later, to first being seen at a desk. The promise: seen within ${limit} minutes.`,
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
          value: withinWait,
          unit: 'percent',
          detail: `${plural(w.seenWithinLimit, 'visitor')} of ${w.seen.toLocaleString('en-GB')} seen`,
          target: `${pct(targets.waitSharePercent)} within ${limit} minutes`,
          met: withinWait === null ? null : withinWait * 100 >= targets.waitSharePercent,
          better: 'higher',
          drill: 'wait.over',
        }),
        figure({
          key: 'wait.average',
          label: 'Average wait',
          value: w.averageWaitSeconds,
          unit: 'seconds',
          target: `${limit} minutes or less`,
          met: atMost(w.averageWaitSeconds, limitSeconds),
          better: 'lower',
          drill: 'wait.seen',
        }),
        figure({
          key: 'wait.p90',
          label: '90th percentile wait',
          value: w.p90WaitSeconds,
          unit: 'seconds',
          detail: 'Nine in ten visitors were seen within this',
          target: `${limit} minutes or less`,
          met: atMost(w.p90WaitSeconds, limitSeconds),
          better: 'lower',
          drill: 'wait.over',
        }),
        figure({
          key: 'wait.longest',
          label: 'Longest wait',
          value: w.longestWaitSeconds,
          unit: 'seconds',
          target: `${limit} minutes or less`,
          met: atMost(w.longestWaitSeconds, limitSeconds),
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
    },
    {
      id: 'telephone',
      title: 'Telephone',
      definition:
        'Average speed of answer: mean seconds from the call reaching the queue to being answered, over answered calls. Abandoned calls (the caller hung up first) are shown beside it.',
      figures: [
        figure({
          key: 'calls.answered',
          label: 'Calls answered',
          value: t.callsAnswered,
          unit: 'count',
          better: 'neither',
          drill: 'calls.answered',
        }),
        figure({
          key: 'calls.asa',
          label: 'Average speed of answer',
          value: asa,
          unit: 'seconds',
          detail:
            t.callsAnswered > 0
              ? `${plural(t.answeredAfterTarget, 'call')} waited over ${targets.asaTargetSeconds} seconds`
              : null,
          target: `an average of ${targets.asaTargetSeconds} seconds or less`,
          met: atMost(asa, targets.asaTargetSeconds),
          better: 'lower',
          drill: 'calls.slow',
        }),
        figure({
          key: 'calls.abandoned',
          label: 'Abandoned calls',
          value: t.callsAbandoned,
          unit: 'count',
          detail:
            offered > 0
              ? `${pct((t.callsAbandoned / offered) * 100)} of ${plural(offered, 'call')} that reached the queue`
              : null,
          better: 'lower',
          drill: 'calls.abandoned',
        }),
      ],
    },
    {
      id: 'correspondence',
      title: 'Letters and emails',
      definition:
        'A full reply is due by the end of working day 10, the day of receipt being day 0. Answered and on-time count replies sent in the period; overdue counts those unanswered past their due date at its end.',
      figures: [
        figure({
          key: 'correspondence.received',
          label: 'Received',
          value: t.lettersReceived,
          unit: 'count',
          better: 'neither',
          drill: 'correspondence.received',
        }),
        figure({
          key: 'correspondence.answered',
          label: 'Answered in full',
          value: t.lettersAnswered,
          unit: 'count',
          better: 'neither',
          drill: 'correspondence.answered',
        }),
        figure({
          key: 'correspondence.within',
          label: 'Answered within the standard',
          value: lettersWithin,
          unit: 'percent',
          detail: `${plural(t.lettersAnsweredWithinStandard, 'reply', 'replies')} of ${t.lettersAnswered.toLocaleString('en-GB')} by the due date`,
          target: `${pct(targets.replySharePercent)} within 10 working days`,
          met: lettersWithin === null ? null : lettersWithin * 100 >= targets.replySharePercent,
          better: 'higher',
          drill: 'correspondence.late',
        }),
        figure({
          key: 'correspondence.overdue',
          label: 'Overdue',
          value: extras.overdueAtEnd,
          unit: 'count',
          target: 'none',
          met: extras.overdueAtEnd === 0,
          better: 'lower',
          drill: 'correspondence.overdue',
        }),
        figure({
          key: 'correspondence.holding',
          label: 'Holding replies sent',
          value: t.holdingReplies,
          unit: 'count',
          better: 'neither',
          drill: 'correspondence.holding',
        }),
      ],
    },
    {
      id: 'handOffs',
      title: 'Hand-offs against their standards',
      definition:
        'Each hand-off counts once per threshold, on the day its result became certain: when resolved in time, or when the limit passed.',
      figures: extras.handOffs.flatMap((row) =>
        row.thresholds.map((th, i) =>
          figure({
            key: `handOffs.${row.standardId}.${i}`,
            label: `${row.name}: ${th.label}`,
            value: th.achievedPercent === null ? null : th.achievedPercent / 100,
            unit: 'percent',
            detail: `${plural(th.within, 'hand-off')} of ${th.counted.toLocaleString('en-GB')} in time`,
            target: `${pct(th.percent)} or more`,
            met: th.met,
            better: 'higher',
            drill: 'handOffs.missed',
          }),
        ),
      ),
    },
    {
      id: 'volume',
      title: 'Volume',
      definition:
        'Every contact recorded, inbound and outbound, on every channel (NeSDS standard 18).',
      figures: [
        figure({
          key: 'contacts.all',
          label: 'Contacts recorded',
          value: t.contacts,
          unit: 'count',
          better: 'neither',
          drill: 'contacts.all',
        }),
      ],
    },
  ];
}

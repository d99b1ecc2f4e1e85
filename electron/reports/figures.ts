// A period's figures, each with its target and whether it is met. One function makes the
// figures of the day and of each earlier weekday it is compared with, so both are counted
// the same way. Definitions: shared/metrics (FCR, waits, telephone, correspondence).
import type { FigureSection, HandOffStandardRow } from '../../shared/api/stats';
import { meetsShareTarget } from '../../shared/metrics/figure-format';
import { receivedDetail } from '../../shared/metrics/letters-received';
import { ABANDONED_NOT_KNOWN, abandonedKnown } from '../../shared/metrics/telephone';
import type { WaitFigures } from '../../shared/metrics/waits';
import type { DayTotals } from './day-totals';
import { figure, pct, plural, ratio } from './figure-parts';
import type { Targets } from './report-context';
import { waitFigures } from './wait-figures';

/**
 * With neither the switch's records nor an answer time typed, no call is on file: how many
 * were answered, and how fast, is not known, and "0 calls answered" beside a morning of
 * telephone contacts would be a guess (issue 19, as abandoned calls).
 */
export const CALLS_NOT_KNOWN =
  'known once the switch’s records are imported, or advisers type answer times';

export interface PeriodExtras {
  /** Worked out from the visits themselves: the 90th percentile needs every wait. */
  waits: WaitFigures;
  overdueAtEnd: number;
  handOffs: HandOffStandardRow[];
}

export function sectionsOf(t: DayTotals, extras: PeriodExtras, targets: Targets): FigureSection[] {
  const fcr = ratio(t.resolved, t.completed);
  const verified = ratio(t.resolved - t.repeats, t.completed);
  const fcrTarget = `${pct(targets.fcrTarget * 100)} or more`;
  const asa = t.callsAnswered === 0 ? null : t.totalAnswerSeconds / t.callsAnswered;
  const offered = t.callsAnswered + t.callsAbandoned;
  // Only the switch records a caller who hung up: with none of its records, say so, not "0".
  const abandonedIsKnown = abandonedKnown(t.callsFromSwitch);
  const callsKnown = t.callsFromSwitch > 0 || t.callsAnswered > 0;
  const lettersWithin = ratio(t.lettersAnsweredWithinStandard, t.lettersAnswered);
  const atMost = (v: number | null, max: number) => (v === null ? null : v <= max);
  const replyTarget = targets.replySharePercent / 100;

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
          targetShare: targets.fcrTarget,
          met: meetsShareTarget(fcr, targets.fcrTarget),
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
          targetShare: targets.fcrTarget,
          met: meetsShareTarget(verified, targets.fcrTarget),
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
    waitFigures(extras.waits, targets),
    {
      id: 'telephone',
      title: 'Telephone',
      definition:
        'Average speed of answer: mean seconds from the call reaching the queue to being answered, over answered calls. Abandoned calls (the caller hung up first) are shown beside it.',
      figures: [
        figure({
          key: 'calls.answered',
          label: 'Calls answered',
          value: callsKnown ? t.callsAnswered : null,
          notKnownWhy: callsKnown ? null : CALLS_NOT_KNOWN,
          unit: 'count',
          better: 'neither',
          drill: callsKnown ? 'calls.answered' : null,
        }),
        figure({
          key: 'calls.asa',
          label: 'Average speed of answer',
          value: asa,
          notKnownWhy: callsKnown ? null : CALLS_NOT_KNOWN,
          unit: 'seconds',
          detail:
            t.callsAnswered > 0
              ? `${plural(t.answeredAfterTarget, 'call')} waited over ${targets.asaTargetSeconds} seconds`
              : null,
          target: `an average of ${targets.asaTargetSeconds} seconds or less`,
          met: atMost(asa, targets.asaTargetSeconds),
          better: 'lower',
          drill: callsKnown ? 'calls.slow' : null,
        }),
        figure({
          key: 'calls.abandoned',
          label: 'Abandoned calls',
          value: abandonedIsKnown ? t.callsAbandoned : null,
          notKnownWhy: abandonedIsKnown ? null : ABANDONED_NOT_KNOWN,
          unit: 'count',
          detail:
            abandonedIsKnown && offered > 0
              ? `${pct((t.callsAbandoned / offered) * 100)} of ${plural(offered, 'call')} that reached the queue`
              : null,
          better: 'lower',
          drill: abandonedIsKnown ? 'calls.abandoned' : null,
        }),
      ],
    },
    {
      id: 'correspondence',
      title: 'Letters and emails',
      definition:
        'Received counts every letter and email recorded, on the work list or only as a contact. A full reply to a work-list item is due by the end of working day 10, the day of receipt being day 0. Answered and on-time count replies sent in the period; overdue counts those unanswered past their due date at its end.',
      figures: [
        figure({
          key: 'correspondence.received',
          label: 'Received',
          value: t.lettersReceived + t.lettersAsContactsOnly,
          unit: 'count',
          // Defined beside the figure: the work list alone showed 1 on a day of 5 (issue 19).
          detail: receivedDetail(t.lettersReceived, t.lettersAsContactsOnly),
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
          targetShare: replyTarget,
          met: meetsShareTarget(lettersWithin, replyTarget),
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
            targetShare: th.percent / 100,
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

// The telephone section: calls answered, average speed of answer and abandoned calls, from the
// period's call totals (shared/metrics/telephone.ts `answerFiguresOf`, the figures of every
// ASA on the stats screen, its hours and the evidence).
import type { FigureSection } from '../../shared/api/stats';
import {
  ABANDONED_NOT_KNOWN,
  abandonedKnown,
  answerFiguresOf,
} from '../../shared/metrics/telephone';
import type { DayTotals } from './day-totals';
import { figure } from './figure-parts';
import { CALLS_NOT_KNOWN, TELEPHONE_WORDS as W } from './figure-words';

export function telephoneSection(t: DayTotals, asaTargetSeconds: number): FigureSection {
  const calls = answerFiguresOf(
    {
      answered: t.callsAnswered,
      abandoned: t.callsAbandoned,
      totalAnswerSeconds: t.totalAnswerSeconds,
      answeredAfterTarget: t.answeredAfterTarget,
    },
    asaTargetSeconds,
  );
  // Only the switch records a caller who hung up: with none of its records, say so, not "0".
  const abandonedIsKnown = abandonedKnown(t.callsFromSwitch);
  const callsKnown = t.callsFromSwitch > 0 || calls.answered > 0;
  return {
    id: 'telephone',
    title: W.title,
    definition: W.definition,
    figures: [
      figure({
        key: 'calls.answered',
        label: W.answered,
        value: callsKnown ? calls.answered : null,
        notKnownWhy: callsKnown ? null : CALLS_NOT_KNOWN,
        unit: 'count',
        better: 'neither',
        drill: callsKnown ? 'calls.answered' : null,
      }),
      figure({
        key: 'calls.asa',
        label: W.asa,
        value: calls.averageSpeedOfAnswer,
        notKnownWhy: callsKnown ? null : CALLS_NOT_KNOWN,
        unit: 'seconds',
        detail:
          calls.answered > 0 ? W.afterTarget(calls.answeredAfterTarget, asaTargetSeconds) : null,
        target: W.asaTarget(asaTargetSeconds),
        met: calls.met,
        better: 'lower',
        drill: callsKnown ? 'calls.slow' : null,
      }),
      figure({
        key: 'calls.abandoned',
        label: W.abandoned,
        value: abandonedIsKnown ? calls.abandoned : null,
        notKnownWhy: abandonedIsKnown ? null : ABANDONED_NOT_KNOWN,
        unit: 'count',
        detail:
          abandonedIsKnown && calls.abandonedShare !== null
            ? W.abandonedOf(calls.abandonedShare, calls.offered)
            : null,
        better: 'lower',
        drill: abandonedIsKnown ? 'calls.abandoned' : null,
      }),
    ],
  };
}

// Telephone answer figures, defined once for the stats screen, reports and exports.
// Average speed of answer (ASA) = mean seconds from the call reaching the queue to being
// answered, over answered calls; abandoned calls are reported beside it (product handbook;
// Halton standards: "answer calls in an average of 30 seconds"). The SQL twin of the answer
// time is db/engine/sqlite.ts `answerMs`, tested against `answerSeconds` here.
import { shareOf, withinLimit } from './counts';
import { judge } from './figure-format';

export const DEFAULT_ASA_TARGET_SECONDS = 30;

export interface QueuedCall {
  queuedAt: string | Date;
  answeredAt: string | Date | null;
  abandonedAt: string | Date | null;
}

/** A period's (or an hour's) calls as counted: by the SQL aggregates or by `callTotals`. */
export interface CallTotals {
  answered: number;
  abandoned: number;
  /** Seconds from the queue to the answer, summed over answered calls. */
  totalAnswerSeconds: number;
  /** Answered calls that waited longer than the target. */
  answeredAfterTarget: number;
}

export interface AnswerFigures {
  /** Calls that reached the queue: answered plus abandoned. */
  offered: number;
  answered: number;
  abandoned: number;
  /** abandoned / offered, null when no call reached the queue. */
  abandonedShare: number | null;
  averageSpeedOfAnswer: number | null;
  /** Answered calls that waited longer than the target: the ones that pulled the average up. */
  answeredAfterTarget: number;
  targetSeconds: number;
  met: boolean | null;
}

const ms = (value: string | Date) => (value instanceof Date ? value.getTime() : Date.parse(value));

/** Seconds from a call reaching the queue to its answer (to the millisecond). */
export function answerSeconds(queuedAt: string | Date, answeredAt: string | Date): number {
  return (ms(answeredAt) - ms(queuedAt)) / 1000;
}

/** Average speed of answer: the mean over answered calls, null when none was answered. */
export function asaFromTotals(totalAnswerSeconds: number, answered: number): number | null {
  return shareOf(totalAnswerSeconds, answered);
}

/** The calls counted one by one: the definition the SQL aggregates are tested against. */
export function callTotals(
  calls: readonly QueuedCall[],
  targetSeconds = DEFAULT_ASA_TARGET_SECONDS,
): CallTotals {
  const totals: CallTotals = {
    answered: 0,
    abandoned: 0,
    totalAnswerSeconds: 0,
    answeredAfterTarget: 0,
  };
  for (const call of calls) {
    if (call.answeredAt !== null) {
      const seconds = answerSeconds(call.queuedAt, call.answeredAt);
      totals.answered += 1;
      totals.totalAnswerSeconds += seconds;
      if (!withinLimit(seconds, targetSeconds)) totals.answeredAfterTarget += 1;
    } else if (call.abandonedAt !== null) {
      totals.abandoned += 1;
    }
  }
  return totals;
}

/** The figures from the totals: what the stats screen, its hours and the evidence show. */
export function answerFiguresOf(
  totals: CallTotals,
  targetSeconds = DEFAULT_ASA_TARGET_SECONDS,
): AnswerFigures {
  const offered = totals.answered + totals.abandoned;
  const asa = asaFromTotals(totals.totalAnswerSeconds, totals.answered);
  return {
    offered,
    answered: totals.answered,
    abandoned: totals.abandoned,
    abandonedShare: shareOf(totals.abandoned, offered),
    averageSpeedOfAnswer: asa,
    answeredAfterTarget: totals.answeredAfterTarget,
    targetSeconds,
    met: judge(asa, { atMost: targetSeconds }),
  };
}

/** The figures of a list of calls. */
export function answerFigures(
  calls: readonly QueuedCall[],
  targetSeconds = DEFAULT_ASA_TARGET_SECONDS,
): AnswerFigures {
  return answerFiguresOf(callTotals(calls, targetSeconds), targetSeconds);
}

/**
 * Why abandoned calls are not known for a period or an hour, where they are not. Only the
 * switch records a caller who hung up: an adviser's typed answer time is a call someone
 * answered. So with no switch records for the period, "0 abandoned" would be a guess, not a
 * count (issue 19).
 */
export const ABANDONED_NOT_KNOWN = 'known once the switch’s records are imported';

/** Abandoned calls are known where the switch's records are: `callsFromSwitch` of them. */
export function abandonedKnown(callsFromSwitch: number): boolean {
  return callsFromSwitch > 0;
}

// Telephone answer figures, defined once for the stats screen, reports and exports.
// Average speed of answer (ASA) = mean seconds from the call reaching the queue to being
// answered, over answered calls; abandoned calls are reported beside it (product handbook;
// Halton standards: "answer calls in an average of 30 seconds").
export const DEFAULT_ASA_TARGET_SECONDS = 30;

export interface QueuedCall {
  queuedAt: string | Date;
  answeredAt: string | Date | null;
  abandonedAt: string | Date | null;
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

export function answerFigures(
  calls: readonly QueuedCall[],
  targetSeconds = DEFAULT_ASA_TARGET_SECONDS,
): AnswerFigures {
  let answered = 0;
  let abandoned = 0;
  let totalSeconds = 0;
  let late = 0;
  for (const call of calls) {
    if (call.answeredAt !== null) {
      const seconds = (ms(call.answeredAt) - ms(call.queuedAt)) / 1000;
      answered += 1;
      totalSeconds += seconds;
      if (seconds > targetSeconds) late += 1;
    } else if (call.abandonedAt !== null) {
      abandoned += 1;
    }
  }
  const offered = answered + abandoned;
  const asa = answered === 0 ? null : totalSeconds / answered;
  return {
    offered,
    answered,
    abandoned,
    abandonedShare: offered === 0 ? null : abandoned / offered,
    averageSpeedOfAnswer: asa,
    answeredAfterTarget: late,
    targetSeconds,
    met: asa === null ? null : asa <= targetSeconds,
  };
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

// Satisfaction with a transaction, as defined once for screens, reports and exports
// (NeSDS standard 17: transaction-driven surveys, segmented across customer groups, trends
// analysed; standard 16, Excellent: customers feel staff could not reasonably have done more).
//
// - A response is a survey with its answers: asked with the customer there, or a reply that
//   came back to a sent survey.
// - Average rating: the mean of the responses' ratings (1 very dissatisfied to 5 very
//   satisfied).
// - Satisfied: a rating of 4 (satisfied) or 5 (very satisfied); the share is of responses.
// - Could not have done more: the customer answered "no" to "could we reasonably have done
//   more?". "Not sure" and "yes" stay in the denominator: the share is of all responses.
// - Response rate: replies to sent surveys / surveys sent. Surveys asked on the spot are
//   answered by definition and stay out of it.
// Every rate is null when there is nothing to measure (no responses, or nothing sent).
import type { DoneMoreAnswer, SurveyMethod } from '../domain/surveys';
import { shareOf } from './counts';

export interface SurveyAnswers {
  method: SurveyMethod;
  /** Null until the survey is answered. */
  rating: number | null;
  couldHaveDoneMore: DoneMoreAnswer | null;
}

export interface SatisfactionFigures {
  /** Every survey counted: asked on the spot plus sent (answered or not). */
  surveys: number;
  responses: number;
  /** Responses asked with the customer there. */
  askedResponses: number;
  /** Mean rating of the responses; null with none. */
  averageRating: number | null;
  /** Responses rated 4 or 5. */
  satisfied: number;
  satisfiedRate: number | null;
  /** Responses by rating: index 0 is rating 1, index 4 is rating 5. */
  ratingCounts: [number, number, number, number, number];
  /** Responses that said we could NOT reasonably have done more ("no"). */
  couldNotHaveDoneMore: number;
  /** couldNotHaveDoneMore / responses ("not sure" is in the denominator); null with none. */
  couldNotHaveDoneMoreRate: number | null;
  doneMoreAnswers: Record<DoneMoreAnswer, number>;
  /** Surveys sent to answer later. */
  sent: number;
  /** Sent surveys whose reply has come back. */
  sentReplies: number;
  /** sentReplies / sent; null when nothing was sent. */
  responseRate: number | null;
}

/** Satisfied means a rating of 4 or 5 (satisfied or very satisfied). */
export const SATISFIED_FROM_RATING = 4;

export function satisfactionFigures(surveys: readonly SurveyAnswers[]): SatisfactionFigures {
  const ratingCounts: SatisfactionFigures['ratingCounts'] = [0, 0, 0, 0, 0];
  const doneMoreAnswers: Record<DoneMoreAnswer, number> = { yes: 0, no: 0, not_sure: 0 };
  let responses = 0;
  let askedResponses = 0;
  let ratingSum = 0;
  let satisfied = 0;
  let sent = 0;
  let sentReplies = 0;
  for (const s of surveys) {
    const answered = s.rating !== null && s.couldHaveDoneMore !== null;
    if (s.method === 'sent') {
      sent += 1;
      if (answered) sentReplies += 1;
    }
    if (!answered) continue;
    responses += 1;
    if (s.method === 'asked') askedResponses += 1;
    ratingSum += s.rating!;
    ratingCounts[(s.rating! - 1) as 0 | 1 | 2 | 3 | 4] += 1;
    if (s.rating! >= SATISFIED_FROM_RATING) satisfied += 1;
    doneMoreAnswers[s.couldHaveDoneMore!] += 1;
  }
  return {
    surveys: surveys.length,
    responses,
    askedResponses,
    averageRating: shareOf(ratingSum, responses),
    satisfied,
    satisfiedRate: shareOf(satisfied, responses),
    ratingCounts,
    couldNotHaveDoneMore: doneMoreAnswers.no,
    couldNotHaveDoneMoreRate: shareOf(doneMoreAnswers.no, responses),
    doneMoreAnswers,
    sent,
    sentReplies,
    responseRate: shareOf(sentReplies, sent),
  };
}

export interface SatisfactionGroup extends SatisfactionFigures {
  key: string;
  label: string;
}

/**
 * The figures per group (channel, service, site, customer type, month...), one row per key
 * that has at least one survey, in the order the groups first appear unless `order` says.
 */
export function satisfactionByGroup<T extends SurveyAnswers>(
  surveys: readonly T[],
  groupOf: (survey: T) => { key: string; label: string },
  order?: (a: SatisfactionGroup, b: SatisfactionGroup) => number,
): SatisfactionGroup[] {
  const groups = new Map<string, { label: string; surveys: T[] }>();
  for (const s of surveys) {
    const { key, label } = groupOf(s);
    const group = groups.get(key);
    if (group) group.surveys.push(s);
    else groups.set(key, { label, surveys: [s] });
  }
  const rows = [...groups].map(([key, g]) => ({
    key,
    label: g.label,
    ...satisfactionFigures(g.surveys),
  }));
  return order ? rows.sort(order) : rows;
}

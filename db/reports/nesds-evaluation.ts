// The NeSDS evidence on satisfaction and quality (standards 17-20), from the same figures the
// Satisfaction surveys and Quality checks screens show. Voided contacts (issue 19) are left
// out, as they are of those figures (and of the queries in db/queries/nesds).
import { CHANNEL_FAMILIES, CHANNEL_FAMILY_OF } from '../../shared/domain/channels';
import type { EvidenceFacts } from '../../shared/nesds/facts';
import type { ReadableDB } from '../handles';
import {
  contactsTargetedForEvaluation,
  scoredChannels,
  surveyComments,
} from '../queries/nesds/evaluation-evidence';
import type { Span } from '../queries/nesds/span';
import type { Db } from '../write';
import { qualityResults } from './quality-results';
import { surveyFigures } from './survey-figures';

/** A checklist point about recording accurately (the default "Recorded the contact
 * accurately"), which evidences standard 18's monitoring of the data's accuracy. */
const ACCURACY = /accura/i;

export async function satisfactionFacts(
  db: Db,
  period: { from: string; to: string },
  span: Span,
  months: string[],
): Promise<EvidenceFacts['satisfaction']> {
  const figures = await surveyFigures(db, period, 1);
  const comments = await surveyComments(db, span);
  const o = figures.overall;
  return {
    responses: o.responses,
    monthsWithResponses: figures.byMonth.filter((m) => months.includes(m.key) && m.responses > 0)
      .length,
    customerTypesWithResponses: figures.byCustomerType.filter((t) => t.responses > 0).length,
    averageRating: o.averageRating,
    satisfiedShare: o.satisfiedRate,
    couldNotHaveDoneMoreShare: o.couldNotHaveDoneMoreRate,
    surveyComments: comments,
  };
}

export async function qualityFacts(
  db: Db,
  period: { from: string; to: string },
  span: Span,
): Promise<EvidenceFacts['quality']> {
  const results = await qualityResults(db, { ...period, siteId: null });
  const channels = await scoredChannels(db, span);
  const families = new Set(channels.map((c) => CHANNEL_FAMILY_OF[c]));
  const accuracyIds = new Set(
    results.checklist.filter((i) => ACCURACY.test(i.text)).map((i) => i.id),
  );
  const accuracyScored = results.council.items
    .filter((i) => accuracyIds.has(i.checklistItemId))
    .reduce((n, i) => Math.max(n, i.met + i.notMet), 0);
  return {
    scored: results.council.contactsScored,
    monthsScored: results.councilByMonth.filter((m) => m.contactsScored > 0).length,
    familiesScored: CHANNEL_FAMILIES.filter((f) => families.has(f)),
    averageScore: results.council.averageScore,
    accuracyScored,
  };
}

/** Standard 20: contacts of the period surveyed or drawn into a quality sample. */
export function targetedForEvaluation(db: ReadableDB, span: Span): Promise<number> {
  return contactsTargetedForEvaluation(db, span);
}

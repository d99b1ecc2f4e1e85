// The NeSDS evidence report, worked out in the reports worker like the stats it builds on: a
// month of a large council's records takes most of a second to read (about 0.7 s on the
// 5,000,000-contact benchmark), which must not hold up the desks' calls. The period's stats
// report, the satisfaction and quality figures, complaints, and the records behind each
// standard, graded by the one set of rules in shared/nesds.
import type { NesdsEvidenceReport } from '../../shared/api/nesds';
import { assessStandards, type EvidenceFacts } from '../../shared/nesds/index';
import { reportFacts } from '../../shared/nesds/report-facts';
import { londonDayBounds } from '../../shared/time/london';
import { getSetting } from '../queries/settings/settings';
import type { Db } from '../write';
import { feedbackFigures } from './feedback-figures';
import { qualityFacts, satisfactionFacts, targetedForEvaluation } from './nesds-evaluation';
import {
  accountTypes,
  channelFacts,
  departmentFacts,
  extendedHours,
  proactiveFacts,
  selfServiceFacts,
} from './nesds-records';
import type { ReportParts } from './parts';
import { buildReport } from './report';

/** The calendar months a period touches, `YYYY-MM`. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > to.slice(0, 7)) return months;
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

export async function buildEvidence(
  db: Db,
  period: { from: string; to: string },
  now: Date,
  parts?: ReportParts,
): Promise<NesdsEvidenceReport> {
  const span = {
    from: londonDayBounds(period.from).start.toISOString(),
    to: londonDayBounds(period.to).end.toISOString(),
  };
  const months = monthsOf(period.from, period.to);
  // better-sqlite3 answers one query at a time: these run in turn, not at once.
  const report = await buildReport(db, period, now, parts);
  const councilName = await getSetting(db, 'council.name');
  const channels = await channelFacts(db, span);
  const feedback = (await feedbackFigures(db, now, period)).total;
  const facts: EvidenceFacts = {
    ...period,
    months,
    contacts: channels.contacts,
    contactsByFamily: channels.contactsByFamily,
    ...(await selfServiceFacts(db, span)),
    extendedHours: await extendedHours(db),
    ...reportFacts(report),
    ...(await proactiveFacts(db, span)),
    feedback: {
      complaints: feedback.complaints,
      compliments: feedback.compliments,
      comments: feedback.comments,
      stage1Answered: feedback.stage1Answered,
      stage1OnTime: feedback.stage1OnTime,
      escalated: feedback.stage2,
    },
    satisfaction: await satisfactionFacts(db, period, span, months),
    quality: await qualityFacts(db, period, span),
    targetedForEvaluation: await targetedForEvaluation(db, span),
    departments: await departmentFacts(db),
    singleView: {
      linkedContacts: channels.linked,
      identifiableContacts: channels.identifiable,
      familiesLinked: channels.familiesLinked,
      accountTypes: await accountTypes(db, span),
    },
    identityChecks: channels.identityChecks,
  };
  return { ...period, councilName, asOf: now.toISOString(), standards: assessStandards(facts) };
}

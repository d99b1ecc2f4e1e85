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
  // All asked at once: PostgreSQL (the council server) answers them side by side on the
  // reports' pool; better-sqlite3 (a desk's worker) answers one query at a time, so there they
  // run in turn as before.
  const [
    report,
    councilName,
    channels,
    feedback,
    selfService,
    extended,
    proactive,
    satisfaction,
    quality,
    targeted,
    departments,
    kinds,
  ] = await Promise.all([
    buildReport(db, period, now, parts),
    getSetting(db, 'council.name'),
    channelFacts(db, span),
    feedbackFigures(db, now, period),
    selfServiceFacts(db, span),
    extendedHours(db),
    proactiveFacts(db, span),
    satisfactionFacts(db, period, span, months),
    qualityFacts(db, period, span),
    targetedForEvaluation(db, span),
    departmentFacts(db),
    accountTypes(db, span),
  ]);
  const facts: EvidenceFacts = {
    ...period,
    months,
    contacts: channels.contacts,
    contactsByFamily: channels.contactsByFamily,
    ...selfService,
    extendedHours: extended,
    ...reportFacts(report),
    ...proactive,
    feedback: {
      complaints: feedback.total.complaints,
      compliments: feedback.total.compliments,
      comments: feedback.total.comments,
      stage1Answered: feedback.total.stage1Answered,
      stage1OnTime: feedback.total.stage1OnTime,
      escalated: feedback.total.stage2,
    },
    satisfaction,
    quality,
    targetedForEvaluation: targeted,
    departments,
    singleView: {
      linkedContacts: channels.linked,
      identifiableContacts: channels.identifiable,
      familiesLinked: channels.familiesLinked,
      accountTypes: kinds,
    },
    identityChecks: channels.identityChecks,
  };
  return { ...period, councilName, asOf: now.toISOString(), standards: assessStandards(facts) };
}

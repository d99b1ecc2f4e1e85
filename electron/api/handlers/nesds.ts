// The NeSDS evidence report: the period's stats report (worked out in the reports worker),
// the satisfaction and quality figures, and the records behind each standard, graded by the
// one set of rules in shared/nesds.
import type { NesdsEvidenceReport } from '../../../shared/api/nesds';
import { assessStandards, type EvidenceFacts } from '../../../shared/nesds';
import { reportFacts } from '../../../shared/nesds/report-facts';
import { londonDayBounds } from '../../../shared/time/london';
import { getSetting } from '../../../db/queries/settings';
import type { Handlers } from '../context';
import { qualityFacts, satisfactionFacts, targetedForEvaluation } from '../nesds/evaluation';
import {
  accountTypes,
  channelFacts,
  departmentFacts,
  extendedHours,
  proactiveFacts,
  selfServiceFacts,
} from '../nesds/records';
import { feedbackHandlers } from './feedback';

/** The calendar months a period touches, `YYYY-MM`. */
function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > to.slice(0, 7)) return months;
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

export const nesdsHandlers: Pick<Handlers, 'nesds.evidence'> = {
  async 'nesds.evidence'(ctx, input, call): Promise<NesdsEvidenceReport> {
    const now = ctx.clock.now();
    const period = { from: input.from, to: input.to };
    const span = {
      from: londonDayBounds(input.from).start.toISOString(),
      to: londonDayBounds(input.to).end.toISOString(),
    };
    const months = monthsOf(input.from, input.to);
    const [
      report,
      councilName,
      channels,
      selfService,
      hours,
      proactive,
      departments,
      accounts,
      feedback,
      satisfaction,
      quality,
      targeted,
    ] = await Promise.all([
      ctx.reports.report(period, now),
      getSetting(ctx.db, 'council.name'),
      channelFacts(ctx.db, span),
      selfServiceFacts(ctx.db, span),
      extendedHours(ctx.db),
      proactiveFacts(ctx.db, span),
      departmentFacts(ctx.db),
      accountTypes(ctx.db, span),
      feedbackHandlers['feedback.figures'](ctx, period, call),
      satisfactionFacts(ctx.db, period, span, months),
      qualityFacts(ctx.db, period, span),
      targetedForEvaluation(ctx.db, span),
    ]);
    const complaints = feedback.total;
    const facts: EvidenceFacts = {
      ...period,
      months,
      contacts: channels.contacts,
      contactsByFamily: channels.contactsByFamily,
      ...selfService,
      extendedHours: hours,
      ...reportFacts(report),
      ...proactive,
      feedback: {
        complaints: complaints.complaints,
        compliments: complaints.compliments,
        comments: complaints.comments,
        stage1Answered: complaints.stage1Answered,
        stage1OnTime: complaints.stage1OnTime,
        escalated: complaints.stage2,
      },
      satisfaction,
      quality,
      targetedForEvaluation: targeted,
      departments,
      singleView: {
        linkedContacts: channels.linked,
        identifiableContacts: channels.identifiable,
        familiesLinked: channels.familiesLinked,
        accountTypes: accounts,
      },
      identityChecks: channels.identityChecks,
    };
    return {
      ...period,
      councilName,
      asOf: now.toISOString(),
      standards: assessStandards(facts),
    };
  },
};

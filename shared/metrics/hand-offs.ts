// Hand-offs against their agreed standards (NeSDS standards 22 and 24). Each standard may
// have several thresholds ("87% within 3 working days and 95% within 5"): performance is the
// share of items that met each limit (product handbook). A hand-off is counted once per
// threshold, in the period its result became certain: when it was resolved, if in time;
// otherwise when the limit passed. So a late one shows as a miss on the day it went late,
// not only when it is finally resolved.
import { deadlineFor, describeThreshold, type ClockContext, type ServiceStandard } from '../time';
import { londonDateOf } from '../time/london';
import { shareOf } from './counts';
import { judge } from './figure-format';

export interface HandOffItem {
  id: string;
  createdAt: Date;
  resolvedAt: Date | null;
}

/** One hand-off's result against one threshold, once it is certain. */
export interface HandOffDecision {
  id: string;
  threshold: number;
  decidedAt: number;
  within: boolean;
}

export interface ThresholdOutcome {
  label: string;
  percent: number;
  limit: number;
  counted: number;
  within: number;
  achievedPercent: number | null;
  met: boolean | null;
  /** The ids of the hand-offs that missed this limit in the period. */
  missed: string[];
}

/** Every result already certain at `now`, for each of the standard's thresholds. */
export function handOffDecisions(
  standard: ServiceStandard,
  ctx: ClockContext,
  items: readonly HandOffItem[],
  now: Date,
  /** Deadlines already worked out for this standard and calendar (any office's). */
  cache = new Map<string, number>(),
): HandOffDecision[] {
  // Day-counted limits end with the London day: one deadline serves every item made that
  // day, whichever office made it (opening hours matter only to working-hour limits).
  const byDay = standard.unit === 'working_days' || standard.unit === 'calendar_days';
  const deadlineOf = (created: Date, limit: number) => {
    if (!byDay) return deadlineFor(standard, ctx, created, limit).getTime();
    const key = `${londonDateOf(created)}|${limit}`;
    let deadline = cache.get(key);
    if (deadline === undefined)
      cache.set(key, (deadline = deadlineFor(standard, ctx, created, limit).getTime()));
    return deadline;
  };
  const decisions: HandOffDecision[] = [];
  standard.thresholds.forEach((threshold, index) => {
    for (const item of items) {
      const deadline = deadlineOf(item.createdAt, threshold.limit);
      const resolved = item.resolvedAt?.getTime() ?? null;
      const within = resolved !== null && resolved <= deadline;
      const decidedAt = within ? resolved : deadline;
      if (decidedAt < now.getTime())
        decisions.push({ id: item.id, threshold: index, decidedAt, within });
    }
  });
  return decisions;
}

/** Each threshold's results decided in [start, end). */
export function outcomesIn(
  standard: ServiceStandard,
  decisions: readonly HandOffDecision[],
  period: { start: Date; end: Date },
): ThresholdOutcome[] {
  return standard.thresholds.map((threshold, index) => {
    let counted = 0;
    let within = 0;
    const missed: string[] = [];
    for (const d of decisions) {
      if (d.threshold !== index) continue;
      if (d.decidedAt < period.start.getTime() || d.decidedAt >= period.end.getTime()) continue;
      counted += 1;
      if (d.within) within += 1;
      else missed.push(d.id);
    }
    const achieved = shareOf(within, counted);
    return {
      label: describeThreshold(standard, threshold),
      percent: threshold.percent,
      limit: threshold.limit,
      counted,
      within,
      achievedPercent: achieved === null ? null : achieved * 100,
      // Judged on the share as shown beside the threshold (figure-format.ts).
      met: judge(achieved, { atLeastShare: threshold.percent / 100 }),
      missed,
    };
  });
}

// Hand-offs against their agreed standards (NeSDS standards 22 and 24), for a period. Each
// standard may have several thresholds ("87% within 3 working days and 95% within 5"):
// performance is the share of items that met each limit (product handbook). A hand-off is
// counted once per threshold, in the period its result became certain: when it was
// resolved, if in time; otherwise when the limit passed. So a late one shows as a miss on
// the day it went late, not only when it is finally resolved.
import { deadlineFor, describeThreshold, type ClockContext, type ServiceStandard } from '../time';

export interface HandOffItem {
  id: string;
  createdAt: Date;
  resolvedAt: Date | null;
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

/** Results in [start, end), looking no later than `now` (a day still running). */
export function handOffOutcomes(
  standard: ServiceStandard,
  ctx: ClockContext,
  items: readonly HandOffItem[],
  period: { start: Date; end: Date },
  now: Date,
): ThresholdOutcome[] {
  const until = Math.min(period.end.getTime(), now.getTime());
  return standard.thresholds.map((threshold) => {
    let counted = 0;
    let within = 0;
    const missed: string[] = [];
    for (const item of items) {
      const deadline = deadlineFor(standard, ctx, item.createdAt, threshold.limit).getTime();
      const resolved = item.resolvedAt?.getTime() ?? null;
      const inTime = resolved !== null && resolved <= deadline;
      const decidedAt = inTime ? resolved : deadline;
      if (decidedAt < period.start.getTime() || decidedAt >= until) continue;
      counted += 1;
      if (inTime) within += 1;
      else missed.push(item.id);
    }
    const achievedPercent = counted === 0 ? null : (within / counted) * 100;
    return {
      label: describeThreshold(standard, threshold),
      percent: threshold.percent,
      limit: threshold.limit,
      counted,
      within,
      achievedPercent,
      met: achievedPercent === null ? null : achievedPercent >= threshold.percent,
      missed,
    };
  });
}

// Correspondence figures, defined once for the work list, the stats screen and exports.
// A full response is "within the standard" when it is dated on or before the due date (the
// end of working day N, counting the day of receipt as day 0: product handbook). A holding
// reply does not stop the clock; it is reported beside it (Halton staff guide).
import { addWorkingDays, workingDaysBetween, type WorkingCalendar } from '../time';
import type { IsoDate } from '../time/london';
import { shareOf } from './counts';

export type ReplyState =
  'on_time' | 'due_soon' | 'due_today' | 'overdue' | 'answered_on_time' | 'answered_late';

/** Items due within this many working days are "due soon": visible days before they go overdue. */
export const DUE_SOON_WORKING_DAYS = 2;

/**
 * Whether a full reply is within the standard: sent on or before its due date, both London
 * calendar days (due by the end of working day N). The one rule for every "on time".
 */
export function replyWithinStandard(respondedDate: IsoDate, dueDate: IsoDate): boolean {
  return respondedDate <= dueDate;
}

/** Whether an unanswered item is overdue on `date`: from the day after its due date on. */
export function pastDue(date: IsoDate, dueDate: IsoDate): boolean {
  return date > dueDate;
}

export function replyDueDate(
  calendar: WorkingCalendar,
  receivedDate: IsoDate,
  workingDays: number,
): IsoDate {
  return addWorkingDays(calendar, receivedDate, workingDays);
}

/** Working days from `today` to `due`: positive left, 0 due today, negative over. */
export function workingDaysLeft(calendar: WorkingCalendar, today: IsoDate, due: IsoDate): number {
  return workingDaysBetween(calendar, today, due);
}

export function replyState(
  calendar: WorkingCalendar,
  today: IsoDate,
  due: IsoDate,
  respondedDate: IsoDate | null,
): ReplyState {
  if (respondedDate)
    return replyWithinStandard(respondedDate, due) ? 'answered_on_time' : 'answered_late';
  if (pastDue(today, due)) return 'overdue';
  if (today === due) return 'due_today';
  return workingDaysLeft(calendar, today, due) <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'on_time';
}

export interface CorrespondenceMeasure {
  receivedDate: IsoDate;
  dueDate: IsoDate;
  respondedDate: IsoDate | null;
  status: 'open' | 'closed';
  holdingReplies: number;
  redirectedTo: string | null;
}

export interface CorrespondenceTotals {
  received: number;
  closed: number;
  answeredWithinStandard: number;
  shareWithinStandard: number | null;
  averageWorkingDaysToRespond: number | null;
  overdueNow: number;
  holdingRepliesSent: number;
  redirectsByDepartment: { departmentName: string; count: number }[];
}

/**
 * Figures for the items received in a period. `closed`, the share within the standard and
 * the average are over those answered; `overdueNow` counts open items past their due date today.
 */
export function correspondenceTotals(
  calendar: WorkingCalendar,
  items: readonly CorrespondenceMeasure[],
  today: IsoDate,
): CorrespondenceTotals {
  let closed = 0;
  let within = 0;
  let totalDays = 0;
  let overdueNow = 0;
  let holding = 0;
  const redirects = new Map<string, number>();
  for (const item of items) {
    holding += item.holdingReplies;
    if (item.redirectedTo)
      redirects.set(item.redirectedTo, (redirects.get(item.redirectedTo) ?? 0) + 1);
    if (item.status === 'closed' && item.respondedDate) {
      closed += 1;
      if (replyWithinStandard(item.respondedDate, item.dueDate)) within += 1;
      totalDays += Math.max(0, workingDaysBetween(calendar, item.receivedDate, item.respondedDate));
    } else if (pastDue(today, item.dueDate)) {
      overdueNow += 1;
    }
  }
  return {
    received: items.length,
    closed,
    answeredWithinStandard: within,
    shareWithinStandard: shareOf(within, closed),
    averageWorkingDaysToRespond: closed === 0 ? null : totalDays / closed,
    overdueNow,
    holdingRepliesSent: holding,
    redirectsByDepartment: [...redirects.entries()]
      .map(([departmentName, count]) => ({ departmentName, count }))
      .sort((a, b) => b.count - a.count || a.departmentName.localeCompare(b.departmentName)),
  };
}

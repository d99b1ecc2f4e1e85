// What happened to letters and emails during a period (a day, a week), for the stats
// screen: received in it, answered in it (and whether by the due date: the end of working
// day N, product handbook), overdue at its end, holding replies sent in it. Unlike
// `correspondenceTotals`, which follows the items received in a period to their answer,
// this counts each event in the period it happened, so days add up to weeks.
import type { IsoDate } from '../time/london';
import { pastDue, replyWithinStandard } from './correspondence';
import { shareOf } from './counts';

export interface CorrespondenceEvents {
  receivedDate: IsoDate;
  dueDate: IsoDate;
  /** London date of the full response, null while unanswered. */
  respondedDate: IsoDate | null;
  /** London dates of the holding replies sent. */
  holdingReplyDates: readonly IsoDate[];
}

export interface CorrespondenceActivity {
  received: number;
  answered: number;
  answeredWithinStandard: number;
  shareWithinStandard: number | null;
  /** Unanswered at the end of the period's last day and past their due date by then. */
  overdueAtEnd: number;
  holdingRepliesSent: number;
}

export function correspondenceActivity(
  items: readonly CorrespondenceEvents[],
  from: IsoDate,
  to: IsoDate,
): CorrespondenceActivity {
  let received = 0;
  let answered = 0;
  let within = 0;
  let overdue = 0;
  let holding = 0;
  const inPeriod = (date: IsoDate) => date >= from && date <= to;
  for (const item of items) {
    if (inPeriod(item.receivedDate)) received += 1;
    if (item.respondedDate !== null && inPeriod(item.respondedDate)) {
      answered += 1;
      if (replyWithinStandard(item.respondedDate, item.dueDate)) within += 1;
    }
    const openAtEnd =
      item.receivedDate <= to && (item.respondedDate === null || item.respondedDate > to);
    // Due by the end of its due date: overdue from the next day on (the work list's rule).
    if (openAtEnd && pastDue(to, item.dueDate)) overdue += 1;
    holding += item.holdingReplyDates.filter(inPeriod).length;
  }
  return {
    received,
    answered,
    answeredWithinStandard: within,
    shareWithinStandard: shareOf(within, answered),
    overdueAtEnd: overdue,
    holdingRepliesSent: holding,
  };
}

// Each London day's totals over a range, from SQL aggregates grouped by UTC hour: contacts
// and FCR, face-to-face waits, calls, letters. Days add up to weeks and months, so one set
// of queries gives a period's figures, its trend, the weekday-by-hour demand heatmap
// (NeSDS standard 21) and the four earlier weekdays a day is compared with.
import { replyWithinStandard } from '../../shared/metrics/correspondence';
import { contactsWithoutItem } from '../../shared/metrics/letters-received';
import { addCalendarDays, londonDateOf, type IsoDate } from '../../shared/time/london';
import { londonHourOf } from '../../shared/time/london-hours';
import { callHours, switchCallHours } from '../queries/stats/call-groups';
import { contactHours } from '../queries/stats/contact-tallies';
import { answeredHours, holdingHours, receivedHours } from '../queries/stats/correspondence-groups';
import { itemsForMatching, letterContactsIn } from '../queries/stats/letter-contacts';
import type { Spans, StatsFilter } from '../queries/stats/scope';
import { visitHours } from '../queries/stats/visit-groups';
import type { Db } from '../write';

export interface DayTotals {
  contacts: number;
  completed: number;
  resolved: number;
  repeats: number;
  outbound: number;
  visits: number;
  seen: number;
  seenWithinLimit: number;
  totalWaitSeconds: number;
  longestWaitSeconds: number | null;
  leftWithoutBeingSeen: number;
  callsAnswered: number;
  callsAbandoned: number;
  /** Calls from the switch's records: with none, abandoned calls are not known. */
  callsFromSwitch: number;
  totalAnswerSeconds: number;
  answeredAfterTarget: number;
  /** Work-list items received. */
  lettersReceived: number;
  /** Letters and emails recorded only as contacts, about no work-list item (counted on the
   * days `dailyTotals` is asked to count them). */
  lettersAsContactsOnly: number;
  lettersAnswered: number;
  lettersAnsweredWithinStandard: number;
  holdingReplies: number;
}

export const emptyTotals = (): DayTotals => ({
  contacts: 0,
  completed: 0,
  resolved: 0,
  repeats: 0,
  outbound: 0,
  visits: 0,
  seen: 0,
  seenWithinLimit: 0,
  totalWaitSeconds: 0,
  longestWaitSeconds: null,
  leftWithoutBeingSeen: 0,
  callsAnswered: 0,
  callsAbandoned: 0,
  callsFromSwitch: 0,
  totalAnswerSeconds: 0,
  answeredAfterTarget: 0,
  lettersReceived: 0,
  lettersAsContactsOnly: 0,
  lettersAnswered: 0,
  lettersAnsweredWithinStandard: 0,
  holdingReplies: 0,
});

export function sumTotals(days: readonly DayTotals[]): DayTotals {
  const sum = emptyTotals();
  for (const day of days) {
    for (const key of Object.keys(sum) as (keyof DayTotals)[]) {
      if (key === 'longestWaitSeconds') continue;
      sum[key] += day[key];
    }
    if (day.longestWaitSeconds !== null)
      sum.longestWaitSeconds = Math.max(sum.longestWaitSeconds ?? 0, day.longestWaitSeconds);
  }
  return sum;
}

/** Every date from `from` to `to`, inclusive. */
export function datesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) dates.push(d);
  return dates;
}

export interface Limits {
  waitLimitMinutes: number;
  asaTargetSeconds: number;
}

export interface HourCalls {
  answered: number;
  abandoned: number;
  fromSwitch: number;
  totalAnswerSeconds: number;
}

export interface DailyTotals {
  days: Map<IsoDate, DayTotals>;
  /** Calls by London date and hour (0..23). */
  callHours: Map<IsoDate, HourCalls[]>;
  /** Contacts by weekday (Mon 0..Sun 6) and London hour. */
  heatmap: number[][];
}

/**
 * `lettersIn`: where to count the letters and emails recorded only as contacts (read row by
 * row, so only where a figure shows them: a day's trend week does not need them).
 */
export async function dailyTotals(
  db: Db,
  bounds: Spans,
  filter: StatsFilter,
  limits: Limits,
  lettersIn: Spans = bounds,
): Promise<DailyTotals> {
  // Every query asked for at once, the letters' rows too: on the council server's pool they
  // are answered side by side, in the order asked.
  const [contacts, visits, calls, switchCalls, received, answered, holding, letterContacts, items] =
    await Promise.all([
      contactHours(db, bounds, filter),
      visitHours(db, bounds, filter, limits.waitLimitMinutes),
      callHours(db, bounds, filter, limits.asaTargetSeconds),
      switchCallHours(db, bounds, filter),
      receivedHours(db, bounds, filter),
      answeredHours(db, bounds, filter),
      holdingHours(db, bounds, filter),
      letterContactsIn(db, lettersIn, filter),
      itemsForMatching(db, lettersIn),
    ]);
  const days = new Map<IsoDate, DayTotals>();
  const heatmap = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  const dayOf = (hour: string) => {
    const { date } = londonHourOf(hour);
    let totals = days.get(date);
    if (!totals) days.set(date, (totals = emptyTotals()));
    return totals;
  };
  for (const g of contacts) {
    const t = dayOf(g.hour);
    t.contacts += g.contacts;
    t.completed += g.completed;
    t.resolved += g.resolved;
    t.repeats += g.repeats;
    t.outbound += g.outbound;
    const { weekday, hour } = londonHourOf(g.hour);
    heatmap[weekday]![hour]! += g.contacts;
  }
  for (const v of visits) {
    const t = dayOf(v.hour);
    t.visits += v.visits;
    t.seen += v.seen;
    t.seenWithinLimit += v.seenWithinLimit;
    t.totalWaitSeconds += v.totalWaitSeconds;
    t.leftWithoutBeingSeen += v.leftWithoutBeingSeen;
    if (v.longestWaitSeconds !== null)
      t.longestWaitSeconds = Math.max(t.longestWaitSeconds ?? 0, v.longestWaitSeconds);
  }
  const callsByHour = new Map<IsoDate, HourCalls[]>();
  const hourOf = (utcHour: string) => {
    const { date, hour } = londonHourOf(utcHour);
    let hours = callsByHour.get(date);
    if (!hours)
      callsByHour.set(
        date,
        (hours = Array.from({ length: 24 }, () => ({
          answered: 0,
          abandoned: 0,
          fromSwitch: 0,
          totalAnswerSeconds: 0,
        }))),
      );
    return hours[hour]!;
  };
  for (const c of calls) {
    const t = dayOf(c.hour);
    const h = hourOf(c.hour);
    h.answered += c.answered;
    h.abandoned += c.abandoned;
    h.totalAnswerSeconds += c.totalAnswerSeconds;
    t.callsAnswered += c.answered;
    t.callsAbandoned += c.abandoned;
    t.totalAnswerSeconds += c.totalAnswerSeconds;
    t.answeredAfterTarget += c.answeredAfterTarget;
  }
  for (const c of switchCalls) {
    dayOf(c.hour).callsFromSwitch += c.calls;
    hourOf(c.hour).fromSwitch += c.calls;
  }
  for (const r of received) dayOf(r.hour).lettersReceived += r.count;
  const dated = letterContacts.map((c) => ({ ...c, date: londonDateOf(c.startedAt) }));
  for (const c of contactsWithoutItem(dated, items)) {
    // dayOf takes a UTC hour; the contact's own hour places it on its London day.
    dayOf(c.startedAt.slice(0, 13)).lettersAsContactsOnly += 1;
  }
  for (const a of answered) {
    const t = dayOf(a.hour);
    t.lettersAnswered += a.count;
    // On time when answered by the end of the due date (London): the counting rule.
    if (replyWithinStandard(londonHourOf(a.hour).date, a.dueDate))
      t.lettersAnsweredWithinStandard += a.count;
  }
  for (const h of holding) dayOf(h.hour).holdingReplies += h.count;
  return { days, callHours: callsByHour, heatmap };
}

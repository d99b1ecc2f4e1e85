// Letters, emails, web forms, faxes and texts on the reply clock (Halton: a full response
// within 10 working days, or a holding reply saying why and when). Most written contacts are
// logged as an item: received a little before the adviser picks it up (overnight, over a
// weekend), due on working day N counting the day of receipt as day 0, answered on time
// mostly and late about one time in twelve; recent items are still open, and the few older
// open ones are overdue, as on a real work list.
import type { Channel } from '../../shared/domain/channels';
import { addWorkingDays } from '../../shared/time';
import { londonDateOf } from '../../shared/time/london';
import type BetterSqlite3 from 'better-sqlite3';
import { iso, type ActivityContext, type PlannedContact } from './activity';
import { londonMinutes } from './clock';
import { uuidV7At } from './ids';
import { HOLDING_REASONS, WRITTEN_CHANNELS } from './mix';
import { emailFor, phoneNumber } from './names';
import { References } from './references';
import type { DayPlan } from './schedule';

/** Share of written contacts logged as items; a text is often answered on the spot. */
const LOGGED_SHARE: Partial<Record<Channel, number>> = { sms: 0.6 };
const DEFAULT_LOGGED_SHARE = 0.9;
const LATE = 0.08;
/** Items not yet answered however long they have waited: open, overdue once past due. Only
 * among recent ones: a work list does not carry years-old items (they get chased and closed). */
const STUCK = 0.015;
const STUCK_WITHIN_MS = 60 * 86_400_000;
/** Resolved items answered by the adviser there and then. */
const ANSWERED_AT_ONCE = 0.75;
const HOLDING_REPLY = 0.6;
const RESPONSE_CHANNEL: Partial<Record<Channel, string>> = {
  email: 'email',
  web_form: 'email',
  letter: 'letter',
  fax: 'letter',
  sms: 'sms',
};

export function correspondenceWriter(ctx: ActivityContext, sqlite: BetterSqlite3.Database) {
  const insert = ctx.writer.insert('correspondence', [
    'id',
    'reference',
    'channel',
    'received_at',
    'received_date',
    'site_id',
    'service_id',
    'customer_id',
    'sender_address',
    'subject',
    'reply_working_days',
    'due_date',
    'ack_due_date',
    'acknowledged_at',
    'assigned_to',
    'department_id',
    'redirect_contact',
    'redirected_at',
    'customer_told_at',
    'status',
    'responded_at',
    'response_channel',
    'responded_by',
    'logged_by',
    'logged_at',
    'updated_at',
  ]);
  const insertHolding = ctx.writer.insert('holding_replies', [
    'id',
    'correspondence_id',
    'sent_at',
    'reason',
    'expected_date',
    'sent_by',
  ]);
  const references = new References(sqlite, 'correspondence', 'C');
  const { rng, council } = ctx;
  const calendar = council.calendar;
  const asOfDate = londonDateOf(ctx.asOfMs);

  /** When the full response goes, and on which working day after receipt; null if never. */
  function response(c: PlannedContact, plan: DayPlan, received: string, days: number) {
    if (rng.chance(STUCK) && ctx.asOfMs - c.startMs < STUCK_WITHIN_MS) return null;
    const late = rng.chance(LATE);
    if (!late && c.outcome === 'resolved' && rng.chance(ANSWERED_AT_ONCE))
      return { ms: c.endMs + rng.between(1, 30) * 60_000, day: 0 };
    const day = late
      ? days + rng.between(1, 8)
      : c.outcome === 'resolved'
        ? rng.between(1, Math.max(1, Math.ceil(days / 3)))
        : rng.between(Math.min(2, days), days);
    let date = addWorkingDays(calendar, received, day);
    if (date < plan.date) date = plan.date;
    let ms = londonMinutes(date)(rng.between(9 * 60, 17 * 60 - 1)) + rng.int(60) * 1000;
    if (ms <= c.endMs) ms = c.endMs + rng.between(5, 120) * 60_000;
    return { ms, day };
  }

  function senderAddress(c: PlannedContact): string | null {
    if (c.channel === 'letter') return null; // the address is on the customer's record
    if (c.channel === 'sms' || c.channel === 'fax') return phoneNumber(rng);
    const name = c.customer >= 0 ? ctx.pool.names[c.customer]! : 'resident';
    return emailFor(rng, ...name.split(' ').slice(0, 2));
  }

  return (plan: DayPlan, contacts: PlannedContact[]): void => {
    for (const c of contacts) {
      if (c.direction !== 'inbound' || !WRITTEN_CHANNELS.has(c.channel)) continue;
      if (!rng.chance(LOGGED_SHARE[c.channel] ?? DEFAULT_LOGGED_SHARE)) continue;
      const service = c.service.service;
      const lagMs = Math.round(Math.min(96, Math.max(0.1, rng.logNormal(3, 1))) * 3600) * 1000;
      const receivedMs = c.startMs - lagMs;
      const received = londonDateOf(receivedMs);
      const days = service.replyWorkingDays ?? council.replyWorkingDays;
      const due = addWorkingDays(calendar, received, days);
      const ackDays = c.channel === 'email' ? council.ackWorkingDays : null;
      const ackMs = c.startMs + rng.between(1, 20) * 60_000;
      const planned = response(c, plan, received, days);
      const answered = planned !== null && planned.ms <= ctx.asOfMs ? planned : null;
      const redirected = c.outcome === 'handed_off' && rng.chance(0.5);
      const id = uuidV7At(receivedMs, ctx.ids);
      const logged = iso(c.startMs);
      insert(
        id,
        references.next(received.slice(0, 4)),
        c.channel,
        iso(receivedMs),
        received,
        c.siteDay.site.id,
        service.id,
        c.customer >= 0 ? ctx.pool.ids[c.customer]! : null,
        senderAddress(c),
        c.topic,
        days,
        due,
        ackDays === null ? null : addWorkingDays(calendar, received, ackDays),
        ackDays !== null && ackMs <= ctx.asOfMs && rng.chance(0.9) ? iso(ackMs) : null,
        rng.chance(0.8) ? c.staffId : null,
        redirected ? service.department.id : null,
        redirected ? (service.department.contactName ?? service.department.name) : null,
        redirected ? iso(c.recordedMs) : null,
        redirected ? plan.date : null,
        answered ? 'closed' : 'open',
        answered ? iso(answered.ms) : null,
        answered ? (rng.chance(0.1) ? 'telephone' : RESPONSE_CHANNEL[c.channel]!) : null,
        answered ? c.staffId : null,
        c.staffId,
        logged,
        answered ? iso(answered.ms) : logged,
      );
      ctx.counts.correspondence += 1;

      // A holding reply when the full one will be late or only just in time (and for the
      // stuck ones): sent before the due date, naming a new expected date.
      const tight = planned === null || planned.day >= days - 1;
      if (!tight || !rng.chance(HOLDING_REPLY)) continue;
      let sent = addWorkingDays(
        calendar,
        received,
        rng.between(Math.max(1, days - 4), Math.max(1, days - 1)),
      );
      if (sent < plan.date) sent = plan.date;
      const respondedDate = answered ? londonDateOf(answered.ms) : null;
      const expected = respondedDate ?? addWorkingDays(calendar, due, rng.between(3, 10));
      if (sent > asOfDate || expected <= sent) continue;
      insertHolding(
        uuidV7At(londonMinutes(sent)(12 * 60), ctx.ids),
        id,
        sent,
        rng.pick(HOLDING_REASONS),
        expected,
        c.staffId,
      );
      ctx.counts.holdingReplies += 1;
    }
  };
}

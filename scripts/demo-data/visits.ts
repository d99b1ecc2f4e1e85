// One Stop Shop visits: every face-to-face inbound contact came from a visit to the queue
// (checked in, waited, seen at a desk, finished), and about 3% of visitors leave before they
// are seen, which the wait figures must count rather than drop. Tickets are numbered per
// site per London day from 1 in order of arrival, after any the day already has.
import type BetterSqlite3 from 'better-sqlite3';
import { iso, type ActivityContext, type PlannedContact } from './activity';
import { uuidV7At } from './ids';
import type { DayPlan, SiteDay } from './schedule';

/** Left-without-being-seen visits per seen visit: about 3% of all visits. */
const LEFT_PER_SEEN = 0.031;

interface PlannedVisit {
  siteDay: SiteDay;
  arrivedMs: number;
  contact: PlannedContact | null;
  /** For a visitor who left: when they gave up, what they came for, who they were. */
  leftMs: number;
  serviceId: string;
  customer: number;
}

const COLUMNS = [
  'id',
  'site_id',
  'ticket',
  'ticket_date',
  'ticket_number',
  'kind',
  'arrived_at',
  'service_id',
  'first_service_id',
  'customer_id',
  'customer_name',
  'needs',
  'state',
  'queue_since',
  'first_seen_at',
  'called_at',
  'call_count',
  'staff_id',
  'closed_at',
  'checked_in_by',
  'updated_at',
] as const;

export function visitWriter(ctx: ActivityContext, sqlite: BetterSqlite3.Database) {
  const insert = ctx.writer.insert('visits', COLUMNS);
  const lastTicket = sqlite.prepare(
    'select max(ticket_number) as last from visits where site_id = ? and ticket_date = ?',
  );
  const { rng, pool, choices } = ctx;

  /** Writes the day's visits and links each face-to-face contact to its own. */
  return (plan: DayPlan, contacts: PlannedContact[]): void => {
    const visits: PlannedVisit[] = [];
    for (const contact of contacts) {
      if (contact.channel !== 'face_to_face' || contact.direction !== 'inbound') continue;
      visits.push({
        siteDay: contact.siteDay,
        arrivedMs: contact.arrivedMs,
        contact,
        leftMs: 0,
        serviceId: contact.service.service.id,
        customer: contact.customer,
      });
      if (!rng.chance(LEFT_PER_SEEN)) continue;
      const arrivedMs = contact.siteDay.time(rng);
      visits.push({
        siteDay: contact.siteDay,
        arrivedMs,
        contact: null,
        leftMs: arrivedMs + rng.between(8 * 60, 45 * 60) * 1000,
        serviceId: choices.service(rng, 'face_to_face').service.id,
        customer: rng.chance(0.5) ? pool.pick(rng, 'citizen') : -1,
      });
    }
    visits.sort((a, b) => a.arrivedMs - b.arrivedMs);
    const tickets = new Map<string, number>();
    for (const v of visits) {
      const site = v.siteDay.site;
      let last = tickets.get(site.id);
      if (last === undefined) {
        const row = lastTicket.get(site.id, plan.date) as { last: number | null };
        last = row.last ?? 0;
      }
      const number = last + 1;
      tickets.set(site.id, number);
      const id = uuidV7At(v.arrivedMs, ctx.ids);
      const arrived = iso(v.arrivedMs);
      const c = v.contact;
      const customerId = v.customer >= 0 ? pool.ids[v.customer]! : null;
      const closed = iso(c ? c.endMs : v.leftMs);
      // The desk calls the visitor a little before service starts.
      const calledMs = c ? Math.max(v.arrivedMs, c.startMs - rng.between(20, 90) * 1000) : 0;
      insert(
        id,
        site.id,
        `${site.ticketPrefix}${String(number).padStart(3, '0')}`,
        plan.date,
        number,
        'walk_in',
        arrived,
        v.serviceId,
        v.serviceId,
        customerId,
        v.customer >= 0 ? pool.names[v.customer]! : null,
        v.customer >= 0 ? pool.needs[v.customer]! : pool.noNeeds,
        c ? 'done' : 'left',
        arrived,
        c ? iso(c.startMs) : null,
        c ? iso(calledMs) : null,
        c ? 1 : 0,
        c ? c.staffId : null,
        closed,
        ctx.staffAt(v.siteDay.siteIndex).pick(rng),
        closed,
      );
      if (c) c.visitId = id;
      else ctx.counts.leftWithoutBeingSeen += 1;
      ctx.counts.visits += 1;
    }
  };
}

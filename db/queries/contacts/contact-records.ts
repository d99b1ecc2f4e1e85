// The contacts behind a figure (electron/reports/contact-records.ts shows them): those of a
// period in the report's scope that a drill-down names, narrowed to one breakdown row when
// asked, a page at a time; and the letters and emails recorded only as a contact, which the
// "received" list adds to the work list's items. A voided contact (recorded in error) is
// behind no figure, so it is in no list of them.
import { sql, type RawBuilder } from 'kysely';
import type { Breakdown, Drill } from '../../../shared/api/stats';
import { CHANNELS, CHANNEL_FAMILY_OF, type Channel } from '../../../shared/domain/channels';
import type { Outcome } from '../../../shared/domain/outcomes';
import { LETTER_CHANNELS } from '../../../shared/metrics/letters-received';
import type { ReadableDB } from '../../handles';
import { siteAndStaff, type Bounds, type StatsFilter } from '../stats/scope';

/** The drill-downs that list contacts. */
export type ContactDrill = Extract<Drill, `fcr.${string}` | 'contacts.all'>;

/** One breakdown row the list is narrowed to (one channel's FCR misses, one service's contacts). */
export interface ContactNarrowing {
  breakdown: Breakdown;
  key: string;
}

export interface ContactRecord {
  id: string;
  startedAt: string;
  channel: Channel;
  direction: 'inbound' | 'outbound';
  outcome: Outcome;
  notes: string;
  /** Null for an anonymous contact. */
  customer: string | null;
  service: string;
  interactionType: string;
  adviser: string;
  site: string;
  /** The customer's next inbound contact about the same service, if any. */
  nextContact: string | null;
}

const CONDITIONS: Record<ContactDrill, RawBuilder<unknown>> = {
  'contacts.all': sql`true`,
  'fcr.completed': sql`c.direction = 'inbound'`,
  'fcr.notResolved': sql`c.direction = 'inbound' and c.outcome <> 'resolved'`,
  'fcr.repeats': sql`c.repeated = 1`,
  'fcr.outbound': sql`c.direction = 'outbound'`,
};

function narrowed(narrowing: ContactNarrowing | undefined): RawBuilder<unknown> {
  if (!narrowing) return sql`true`;
  const { key } = narrowing;
  switch (narrowing.breakdown) {
    case 'family': {
      const channels = CHANNELS.filter((c) => CHANNEL_FAMILY_OF[c] === key);
      return channels.length ? sql`c.channel in (${sql.join(channels)})` : sql`false`;
    }
    case 'channel':
      return sql`c.channel = ${key}`;
    case 'service':
      return sql`c.service_id = ${key}`;
    case 'adviser':
      return sql`c.staff_id = ${key}`;
    case 'interactionType':
      return sql`c.interaction_type_id = ${key}`;
    case 'customerType':
      return sql`c.customer_type_id = ${key}`;
  }
}

/** One page of the contacts a drill-down names, in time order, and how many there are in all. */
export async function contactRecordPage(
  db: ReadableDB,
  query: {
    bounds: Bounds;
    filter: StatsFilter;
    drill: ContactDrill;
    narrowing?: ContactNarrowing;
  },
  page: { offset: number; limit: number },
): Promise<{ total: number; rows: ContactRecord[] }> {
  const { bounds, filter } = query;
  const where = sql`c.started_at >= ${bounds.start} and c.started_at < ${bounds.end}
    and c.voided_at is null and ${siteAndStaff(filter, sql`c.site_id`, sql`c.staff_id`)}
    and ${CONDITIONS[query.drill]} and ${narrowed(query.narrowing)}`;
  const { rows } = await sql<ContactRecord>`
    select c.id, c.started_at as "startedAt", c.channel, c.direction, c.outcome, c.notes,
      cu.display_name as customer, s.name as service, it.name as "interactionType",
      st.display_name as adviser, si.name as site,
      (select min(r.started_at) from contacts r where r.customer_id = c.customer_id
        and r.service_id = c.service_id and r.direction = 'inbound' and r.voided_at is null
        and r.started_at > c.started_at) as "nextContact"
    from contacts c
    join services s on s.id = c.service_id
    join interaction_types it on it.id = c.interaction_type_id
    join staff st on st.id = c.staff_id
    join sites si on si.id = c.site_id
    left join customers cu on cu.id = c.customer_id
    where ${where} order by c.started_at, c.id
    limit ${page.limit} offset ${page.offset}`.execute(db);
  const { rows: count } = await sql<{
    n: number;
  }>`select count(*) as n from contacts c where ${where}`.execute(db);
  return { total: Number(count[0]!.n), rows };
}

export interface LetterContactRecord {
  id: string;
  startedAt: string;
  channel: Channel;
  customerId: string | null;
  serviceId: string;
  notes: string;
  service: string;
  adviser: string;
}

/** Inbound letters and emails recorded as contacts in `bounds`, in the report's scope. */
export async function letterContactRecords(
  db: ReadableDB,
  bounds: Bounds,
  filter: StatsFilter,
): Promise<LetterContactRecord[]> {
  const { rows } = await sql<LetterContactRecord>`
    select c.id, c.started_at as "startedAt", c.channel, c.customer_id as "customerId",
      c.service_id as "serviceId", c.notes, s.name as service, st.display_name as adviser
    from contacts c join services s on s.id = c.service_id join staff st on st.id = c.staff_id
    where c.started_at >= ${bounds.start} and c.started_at < ${bounds.end}
      and c.direction = 'inbound' and c.channel in (${sql.join([...LETTER_CHANNELS])})
      and c.voided_at is null and ${siteAndStaff(filter, sql`c.site_id`, sql`c.staff_id`)}
    order by c.started_at, c.id`.execute(db);
  return rows;
}

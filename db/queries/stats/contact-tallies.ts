// Contacts counted from the tallies their triggers keep (migration 0008), never row by row:
// per UTC hour for a period's days and the demand heatmap, per London day for the
// breakdowns. FCR's parts follow shared/metrics/fcr.ts: inbound contacts are the completed
// interactions (contacts that ended before service are not recorded as contacts: they are
// visits left and calls abandoned), outbound ones are excluded, and a resolved one is a
// repeat when the same customer contacts us again about the same service within 7 days (any
// site, any adviser): the `repeated` flag migration 0007's triggers keep.
import type { ReadableDB } from '../../handles';
import { sql } from 'kysely';
import type { IsoDate } from '../../../shared/time/london';
import { siteAndStaff, within, type Spans, type StatsFilter } from './scope';

export interface ContactCounts {
  contacts: number;
  completed: number;
  resolved: number;
  repeats: number;
  outbound: number;
}

const SUMS = sql`sum(contacts) as contacts, sum(completed) as completed,
  sum(resolved) as resolved, sum(repeats) as repeats`;

type SummedRow = { contacts: number; completed: number; resolved: number; repeats: number };

// Number(): PostgreSQL's sum of integers is a bigint, which pg hands back as text.
const countsOf = (row: SummedRow): ContactCounts => ({
  contacts: Number(row.contacts),
  completed: Number(row.completed),
  resolved: Number(row.resolved),
  repeats: Number(row.repeats),
  outbound: Number(row.contacts) - Number(row.completed),
});

/** The UTC hour (`2026-11-23T10`) an instant on the hour starts. */
function hourOf(instant: string): string {
  if (!/^\d{4}-\d\d-\d\dT\d\d:00:00(\.000)?Z$/.test(instant))
    throw new Error(`Contact hours are counted between whole hours, not from ${instant}.`);
  return instant.slice(0, 13);
}

/** Contacts per UTC hour (`2026-11-23T10`) between two instants on the hour. */
export async function contactHours(
  db: ReadableDB,
  bounds: Spans,
  filter: StatsFilter,
): Promise<(ContactCounts & { hour: string })[]> {
  const { rows } = await sql<SummedRow & { hour: string }>`
    select hour, ${SUMS} from contact_hours
    where ${within(sql`hour`, bounds, hourOf)}
      and ${siteAndStaff(filter, sql`site_id`, sql`staff_id`)}
    group by hour having sum(contacts) <> 0`.execute(db);
  return rows.map((row) => ({ hour: row.hour, ...countsOf(row) }));
}

export type TallyDimension = 'channel' | 'service' | 'staff' | 'interaction_type' | 'customer_type';

export interface ContactTally extends ContactCounts {
  dimension: TallyDimension;
  /** The channel, or the id of the service, adviser, interaction type or customer type. */
  key: string;
}

/** Contacts from one London date to another (inclusive), by each dimension in turn. */
export async function contactTallies(
  db: ReadableDB,
  from: IsoDate,
  to: IsoDate,
  filter: StatsFilter,
): Promise<ContactTally[]> {
  const where = sql`date >= ${from} and date <= ${to}
    and ${siteAndStaff(filter, sql`site_id`, sql`staff_id`)}`;
  // All sites or one: the per-site tallies. A team or an adviser: the per-adviser ones,
  // whose channel rows give each adviser's totals.
  const query = filter.staffIds
    ? sql<SummedRow & Pick<ContactTally, 'dimension' | 'key'>>`
      select dimension, key, ${SUMS} from contact_staff_tallies where ${where}
      group by dimension, key having sum(contacts) <> 0
      union all
      select 'staff' as dimension, staff_id as key, ${SUMS} from contact_staff_tallies
      where ${where} and dimension = 'channel'
      group by staff_id having sum(contacts) <> 0`
    : sql<SummedRow & Pick<ContactTally, 'dimension' | 'key'>>`
      select dimension, key, ${SUMS} from contact_site_tallies where ${where}
      group by dimension, key having sum(contacts) <> 0`;
  const { rows } = await query.execute(db);
  return rows.map((row) => ({ dimension: row.dimension, key: row.key, ...countsOf(row) }));
}

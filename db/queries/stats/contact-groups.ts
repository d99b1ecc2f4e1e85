// Contacts counted in SQL, grouped by any of their dimensions. `hour` is the UTC hour
// (`2026-11-23T10`): every UTC hour lies inside one London hour, so callers turn hours into
// London days and hours exactly, clock changes included. FCR's parts follow
// shared/metrics/fcr.ts: inbound contacts are the completed interactions (contacts that
// ended before service are not recorded as contacts: they are visits left and calls
// abandoned), outbound ones are excluded, and a resolved one is a repeat when the same
// customer contacts us again about the same service within 7 days (any site, any adviser):
// the `repeated` flag, kept by triggers (migration 0007).
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../write';
import { siteAndStaff, type Bounds, type StatsFilter } from './scope';

export const CONTACT_DIMENSIONS = {
  hour: sql`substr(c.started_at, 1, 13)`,
  channel: sql`c.channel`,
  service: sql`c.service_id`,
  staff: sql`c.staff_id`,
  interactionType: sql`c.interaction_type_id`,
  customerType: sql`c.customer_type_id`,
} satisfies Record<string, RawBuilder<unknown>>;
export type ContactDimension = keyof typeof CONTACT_DIMENSIONS;

export interface ContactGroup {
  keys: Partial<Record<ContactDimension, string>>;
  contacts: number;
  completed: number;
  resolved: number;
  repeats: number;
  outbound: number;
}

export async function contactGroups(
  db: Db,
  bounds: Bounds,
  filter: StatsFilter,
  dimensions: readonly ContactDimension[],
): Promise<ContactGroup[]> {
  const selected = dimensions.map((d) => sql`${CONTACT_DIMENSIONS[d]} as ${sql.ref(d)}`);
  const query = sql<Record<string, string | number>>`
    select ${sql.join([...selected, sql`count(*) as contacts`])},
      sum(c.direction = 'inbound') as completed,
      sum(c.direction = 'inbound' and c.outcome = 'resolved') as resolved,
      sum(c.repeated) as repeats
    from contacts c
    where c.started_at >= ${bounds.start} and c.started_at < ${bounds.end}
      and ${siteAndStaff(filter, sql`c.site_id`, sql`c.staff_id`)}
    ${dimensions.length ? sql`group by ${sql.join(dimensions.map((d) => CONTACT_DIMENSIONS[d]))}` : sql``}`;
  const { rows } = await query.execute(db);
  return rows.map((row) => {
    const keys: ContactGroup['keys'] = {};
    for (const d of dimensions) keys[d] = String(row[d]);
    const contacts = Number(row.contacts);
    const completed = Number(row.completed ?? 0);
    return {
      keys,
      contacts,
      completed,
      resolved: Number(row.resolved ?? 0),
      repeats: Number(row.repeats ?? 0),
      outbound: contacts - completed,
    };
  });
}

// Letters and emails recorded only as contacts, for "received" (shared/metrics/
// letters-received.ts): the inbound contacts on the work list's channels in a period, and the
// work-list items they may be about. A day has few of either, so they are read as rows and
// matched by the metric itself rather than re-implemented in SQL.
import type { ReadableDB } from '../../handles';
import { sql } from 'kysely';
import { engineOf } from '../../engine/engine';
import { LETTER_CHANNELS, type ReceivedItem } from '../../../shared/metrics/letters-received';
import { siteAndStaff, within, type Spans, type StatsFilter } from './scope';

export interface LetterContactRow {
  id: string;
  startedAt: string;
  customerId: string | null;
  channel: string;
  serviceId: string;
}

/** Inbound letter and email contacts started in `bounds`, in the report's scope. */
export async function letterContactsIn(
  db: ReadableDB,
  bounds: Spans,
  filter: StatsFilter,
): Promise<LetterContactRow[]> {
  // A voided contact (recorded in error) is behind no figure. The day's contacts are
  // sifted in the covering index of the figures (0021), so only the letters and emails are
  // read from the table for their customer; by time alone every contact of the day would be
  // (SQLite defers that read until a column outside the index is wanted).
  const { rows } = await sql<LetterContactRow>`
    select c.id, c.started_at as "startedAt", c.customer_id as "customerId", c.channel,
      c.service_id as "serviceId"
    from contacts c ${engineOf(db).indexedBy('contacts_stats')}
    where ${within(sql`c.started_at`, bounds)}
      and c.direction = 'inbound' and c.channel in (${sql.join([...LETTER_CHANNELS])})
      and c.voided_at is null and ${siteAndStaff(filter, sql`c.site_id`, sql`c.staff_id`)}
    order by c.started_at, c.id`.execute(db);
  return rows;
}

/**
 * Work-list items received in `bounds` that a contact could be about (those with a customer).
 * Not narrowed to the report's scope: a letter on the work list is on it whoever has it.
 */
export async function itemsForMatching(db: ReadableDB, bounds: Spans): Promise<ReceivedItem[]> {
  const { rows } = await sql<ReceivedItem>`
    select k.customer_id as "customerId", k.channel, k.service_id as "serviceId",
      k.received_date as "receivedDate"
    from correspondence k
    where ${within(sql`k.received_at`, bounds)}
      and k.customer_id is not null`.execute(db);
  return rows;
}

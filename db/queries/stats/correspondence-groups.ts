// Letters and emails counted in SQL by the UTC hour of each event: received, answered (with
// the due date, so the caller can tell on-time answers on the London date) and holding
// replies sent; and those overdue at the end of a day (shared/metrics/correspondence-activity.ts).
// An adviser's figures are the items assigned to them, answered by them, or held by them.
import type { ReadableDB } from '../../handles';
import { sql } from 'kysely';
import { engineOf } from '../../engine/engine';
import { siteAndStaff, within, type Spans, type StatsFilter } from './scope';

// Counts go through Number(): PostgreSQL's count(*) is a bigint, which pg hands back as text.
export interface HourCount {
  hour: string;
  count: number;
}

export interface AnsweredHour extends HourCount {
  dueDate: string;
}

export async function receivedHours(db: ReadableDB, bounds: Spans, filter: StatsFilter) {
  const e = engineOf(db);
  const { rows } = await sql<{ hour: string; count: number }>`
    select ${e.utcHour(sql`k.received_at`)} as hour, count(*) as count from correspondence k
    where ${within(sql`k.received_at`, bounds)}
      and ${siteAndStaff(filter, sql`k.site_id`, sql`k.assigned_to`)}
    group by 1`.execute(db);
  return rows.map((r): HourCount => ({ hour: r.hour, count: Number(r.count) }));
}

export async function answeredHours(db: ReadableDB, bounds: Spans, filter: StatsFilter) {
  const e = engineOf(db);
  const { rows } = await sql<{ hour: string; due_date: string; count: number }>`
    select ${e.utcHour(sql`k.responded_at`)} as hour, k.due_date, count(*) as count
    from correspondence k
    where ${within(sql`k.responded_at`, bounds)}
      and ${siteAndStaff(filter, sql`k.site_id`, sql`k.responded_by`)}
    group by 1, 2`.execute(db);
  return rows.map((r): AnsweredHour => ({
    hour: r.hour,
    dueDate: r.due_date,
    count: Number(r.count),
  }));
}

export async function holdingHours(db: ReadableDB, bounds: Spans, filter: StatsFilter) {
  const e = engineOf(db);
  const { rows } = await sql<{ hour: string; count: number }>`
    select ${e.utcHour(sql`h.sent_at`)} as hour, count(*) as count
    from holding_replies h join correspondence k on k.id = h.correspondence_id
    where ${within(sql`h.sent_at`, bounds)}
      and ${siteAndStaff(filter, sql`k.site_id`, sql`h.sent_by`)}
    group by 1`.execute(db);
  return rows.map((r): HourCount => ({ hour: r.hour, count: Number(r.count) }));
}

/**
 * Unanswered at `end` (the end of London day `date`) and due before `date`: overdue then.
 * Two halves so each uses an index: still open now, or answered only after that day.
 */
export async function overdueAt(db: ReadableDB, date: string, end: string, filter: StatsFilter) {
  const scope = siteAndStaff(filter, sql`k.site_id`, sql`k.assigned_to`);
  const { rows } = await sql<{ n: number }>`
    select (select count(*) from correspondence k
        where k.status = 'open' and k.due_date < ${date} and k.responded_at is null
          and k.received_at < ${end} and ${scope})
      + (select count(*) from correspondence k
        where k.responded_at >= ${end} and k.due_date < ${date} and ${scope}) as n`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

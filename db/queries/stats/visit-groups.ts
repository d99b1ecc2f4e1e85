// Face-to-face visits counted in SQL by the UTC hour of arrival, for trends over many days.
// Wait = first seen minus the later of arrival and appointment, in whole seconds, never
// negative (shared/domain/visits.ts waitSeconds); a day's own figures, with the 90th
// percentile, are worked out from its visits by shared/metrics/waits.ts.
import type { ReadableDB } from '../../handles';
import { sql } from 'kysely';
import type { Engine } from '../../engine/engine';
import { engineOf } from '../../engine/engine';
import { siteAndStaff, within, type Spans, type StatsFilter } from './scope';

export interface VisitHour {
  hour: string;
  visits: number;
  seen: number;
  seenWithinLimit: number;
  totalWaitSeconds: number;
  longestWaitSeconds: number | null;
  leftWithoutBeingSeen: number;
}

const waitSecondsOf = (e: Engine) =>
  e.waitSeconds(sql`v.arrived_at`, sql`v.appointment_at`, sql`v.first_seen_at`);

export async function visitHours(
  db: ReadableDB,
  bounds: Spans,
  filter: StatsFilter,
  limitMinutes: number,
): Promise<VisitHour[]> {
  const e = engineOf(db);
  // Each visit's wait worked out once in the inner query (KEEP_SUBQUERY), then counted
  // three ways. The inner query is named: PostgreSQL before 16 insists.
  const { rows } = await sql<Record<string, string | number | null>>`
    select hour, count(*) as visits, count(wait) as seen,
      ${e.countWhere(e.withinLimit(sql`wait`, limitMinutes * 60))} as within,
      ${e.sumOrZero(sql`wait`)} as total_wait, max(wait) as longest,
      ${e.countWhere(sql`wait is null and state = 'left'`)} as left_unseen
    from (select ${e.utcHour(sql`v.arrived_at`)} as hour, v.state,
        case when v.first_seen_at is not null then ${waitSecondsOf(e)} end as wait
      from visits v
      where ${within(sql`v.arrived_at`, bounds)}
        and ${siteAndStaff(filter, sql`v.site_id`, sql`v.staff_id`)}
      ${e.KEEP_SUBQUERY}) as arrived
    group by 1`.execute(db);
  return rows.map((r) => ({
    hour: String(r.hour),
    visits: Number(r.visits),
    seen: Number(r.seen),
    seenWithinLimit: Number(r.within),
    totalWaitSeconds: Number(r.total_wait),
    longestWaitSeconds: r.longest === null ? null : Number(r.longest),
    leftWithoutBeingSeen: Number(r.left_unseen),
  }));
}

/** The visits themselves, for a day's percentile and longest wait (including those waiting,
 * and those who left unseen, to when they were marked as left). */
export async function visitsIn(db: ReadableDB, bounds: Spans, filter: StatsFilter) {
  // Columns of the visits_stats index, bar when a visitor who left unseen left: SQLite
  // defers the seek into the table until a column outside the index is read, so only those
  // few visits are looked up (40 ms on 28 days).
  const { rows } = await sql<{
    state: string;
    arrived_at: string;
    appointment_at: string | null;
    first_seen_at: string | null;
    closed_at: string | null;
  }>`select v.state, v.arrived_at, v.appointment_at, v.first_seen_at,
      case when v.state = 'left' and v.first_seen_at is null then v.closed_at end as closed_at
    from visits v
    where ${within(sql`v.arrived_at`, bounds)}
      and ${siteAndStaff(filter, sql`v.site_id`, sql`v.staff_id`)}`.execute(db);
  return rows;
}

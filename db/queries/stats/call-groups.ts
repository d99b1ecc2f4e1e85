// Calls that reached the telephone queue, counted in SQL by the UTC hour they queued:
// answered, abandoned and the seconds to answer (shared/metrics/telephone.ts), from the
// switch's records in the hours they cover at a site and from advisers' typed answer times
// elsewhere (shared/calls/switch-cover.ts).
import type { ReadableDB } from '../../handles';
import { sql } from 'kysely';
import type { Engine } from '../../engine/engine';
import { engineOf } from '../../engine/engine';
import { hull, siteAndStaff, within, type Spans, type StatsFilter } from './scope';
import { notOfVoidedContact } from './voided-calls';

export interface CallHour {
  hour: string;
  answered: number;
  abandoned: number;
  totalAnswerSeconds: number;
  answeredAfterTarget: number;
}

/** Milliseconds from the queue to the answer: the one measure the figures and their records share. */
export const answerMsOf = (e: Engine) => e.answerMs(sql`k.queued_at`, sql`k.answered_at`);

/**
 * Whether call `k`, one of those queued within `spans`, counts: the rule of
 * shared/calls/switch-cover.ts countsInFigures, in SQL (tested against it). Where an import's
 * calls fall in the same clock hour at the same site, the switch's records are the record of
 * that hour, so an answer time an adviser typed there is not counted a second time; outside
 * those hours it still counts. The hours imports cover are worked out once for the period,
 * from whole hours around its bounds, as a set each call is looked up in: on PostgreSQL a
 * hashed set (a look-up per call into the index of imported calls cost a third of the
 * telephone figures' time at 5M contacts), on SQLite a set kept in a temporary index. Tested
 * first, the check keeps `k.source` (outside the covering index) from being read for calls in
 * hours no import covers. Sites and instants are never null, so `not in` means "not among".
 * Over several spans, the set runs from the first's start to the last's end: an hour between
 * them is in the set but no call asked about falls in it.
 */
export const countedCallOf = (e: Engine, spans: Spans) => {
  const bounds = hull(spans);
  return sql`((k.site_id, ${e.utcHour(
    sql`k.queued_at`,
  )}) not in (select s.site_id, ${e.utcHour(sql`s.queued_at`)} from calls s
    where s.import_id is not null and s.queued_at >= ${e.utcHour(sql`${bounds.start}`)}
      and s.queued_at < ${e.utcHour(sql`${bounds.end}`)} || ';')
  or k.source = 'import')`;
};

export async function callHours(
  db: ReadableDB,
  bounds: Spans,
  filter: StatsFilter,
  targetSeconds: number,
): Promise<CallHour[]> {
  const e = engineOf(db);
  // Each call's answer time worked out once in the inner query (KEEP_SUBQUERY), then summed
  // and compared with the target. The inner query is named: PostgreSQL before 16 insists.
  const { rows } = await sql<Record<string, string | number>>`
    select hour, count(answer_ms) as answered, count(*) - count(answer_ms) as abandoned,
      ${e.sumOrZero(sql`answer_ms`)} / 1000.0 as answer_seconds,
      ${e.countWhere(sql`not ${e.withinLimit(sql`answer_ms`, targetSeconds * 1000)}`)} as late
    from (select ${e.utcHour(sql`k.queued_at`)} as hour,
        case when k.answered_at is not null then ${answerMsOf(e)} end as answer_ms
      from calls k
      where ${within(sql`k.queued_at`, bounds)}
        and ${siteAndStaff(filter, sql`k.site_id`, sql`k.staff_id`)} and ${countedCallOf(e, bounds)}
        and ${notOfVoidedContact(e)}
      ${e.KEEP_SUBQUERY}) as queued
    group by 1`.execute(db);
  return rows.map((r) => ({
    hour: String(r.hour),
    answered: Number(r.answered),
    abandoned: Number(r.abandoned),
    totalAnswerSeconds: Number(r.answer_seconds),
    answeredAfterTarget: Number(r.late),
  }));
}

/**
 * Calls from the switch's records by the UTC hour they queued. Abandoned calls are known only
 * where there are some: a typed answer time is a call someone answered, and a caller who hung
 * up leaves no typed trace (shared/metrics/telephone.ts). Read from the index of switch calls
 * (migration 0020), so typed calls cost nothing here.
 */
export async function switchCallHours(
  db: ReadableDB,
  bounds: Spans,
  filter: StatsFilter,
): Promise<{ hour: string; calls: number }[]> {
  const { rows } = await sql<{ hour: string; calls: number }>`
    select ${engineOf(db).utcHour(sql`k.queued_at`)} as hour, count(*) as calls
    from calls k
    where k.source = 'import' and ${within(sql`k.queued_at`, bounds)}
      and ${siteAndStaff(filter, sql`k.site_id`, sql`k.staff_id`)}
    group by 1`.execute(db);
  return rows.map((r) => ({ hour: String(r.hour), calls: Number(r.calls) }));
}

// Calls that reached the telephone queue, counted in SQL by the UTC hour they queued:
// answered, abandoned and the seconds to answer (shared/metrics/telephone.ts), from the
// switch's records where they were imported and from advisers' typed answer times elsewhere.
import { sql } from 'kysely';
import type { Db } from '../../write';
import { siteAndStaff, type Bounds, type StatsFilter } from './scope';

export interface CallHour {
  hour: string;
  answered: number;
  abandoned: number;
  totalAnswerSeconds: number;
  answeredAfterTarget: number;
}

/** Milliseconds from the queue to the answer: the one measure the figures and their records share. */
export const ANSWER_MS = sql`cast(round((julianday(k.answered_at) - julianday(k.queued_at)) * 86400000.0) as integer)`;

/**
 * Whether call `k` counts: the switch's records are the record of the days an import covers
 * at its site, so an answer time an adviser typed there is not counted a second time. Tested
 * first, the import check keeps `k.source` (outside the covering index) from being read for
 * calls on days no import covers.
 */
export const COUNTED_CALL = sql`(not exists (select 1 from call_imports i
    where i.site_id = k.site_id and i.undone_at is null
      and k.queued_at >= i.covers_from and k.queued_at < i.covers_to)
  or k.source = 'import')`;

export async function callHours(
  db: Db,
  bounds: Bounds,
  filter: StatsFilter,
  targetSeconds: number,
): Promise<CallHour[]> {
  // Each call's answer time worked out once in the inner query (its `limit -1` stops
  // SQLite flattening it into the aggregate, which would work it out again for each use:
  // https://www.sqlite.org/optoverview.html#flattening, rule 9), then summed and compared.
  const { rows } = await sql<Record<string, string | number>>`
    select hour, count(answer_ms) as answered, count(*) - count(answer_ms) as abandoned,
      total(answer_ms) / 1000.0 as answer_seconds,
      sum(answer_ms > ${targetSeconds * 1000}) as late
    from (select substr(k.queued_at, 1, 13) as hour,
        case when k.answered_at is not null then ${ANSWER_MS} end as answer_ms
      from calls k
      where k.queued_at >= ${bounds.start} and k.queued_at < ${bounds.end}
        and ${siteAndStaff(filter, sql`k.site_id`, sql`k.staff_id`)} and ${COUNTED_CALL}
      limit -1)
    group by 1`.execute(db);
  return rows.map((r) => ({
    hour: String(r.hour),
    answered: Number(r.answered),
    abandoned: Number(r.abandoned),
    totalAnswerSeconds: Number(r.answer_seconds),
    answeredAfterTarget: Number(r.late),
  }));
}

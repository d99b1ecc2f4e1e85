// Calls that reached the telephone queue, counted in SQL by the UTC hour they queued:
// answered, abandoned and the seconds to answer (shared/metrics/telephone.ts).
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

export async function callHours(
  db: Db,
  bounds: Bounds,
  filter: StatsFilter,
  targetSeconds: number,
): Promise<CallHour[]> {
  const { rows } = await sql<Record<string, string | number>>`
    select substr(k.queued_at, 1, 13) as hour,
      sum(k.answered_at is not null) as answered,
      sum(k.abandoned_at is not null) as abandoned,
      total(case when k.answered_at is not null then ${ANSWER_MS} end) / 1000.0 as answer_seconds,
      sum(k.answered_at is not null and ${ANSWER_MS} > ${targetSeconds * 1000}) as late
    from calls k
    where k.queued_at >= ${bounds.start} and k.queued_at < ${bounds.end}
      and ${siteAndStaff(filter, sql`k.site_id`, sql`k.staff_id`)}
    group by 1`.execute(db);
  return rows.map((r) => ({
    hour: String(r.hour),
    answered: Number(r.answered),
    abandoned: Number(r.abandoned),
    totalAnswerSeconds: Number(r.answer_seconds),
    answeredAfterTarget: Number(r.late),
  }));
}

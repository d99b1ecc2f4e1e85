// The hand-offs whose result against their standard could fall in a period: made before it
// ended and not resolved before it began, and made recently enough that a limit could still
// run into it (`lookBackDays`, from the longest standard).
import type { ReadableDB } from '../../handles';
import { sql } from 'kysely';
import { engineOf } from '../../engine/engine';
import { siteAndStaff, type Bounds, type StatsFilter } from './scope';

export interface HandOffCandidate {
  id: string;
  standard_id: string | null;
  site_id: string;
  created_at: string;
  resolved_at: string | null;
}

export async function handOffCandidates(
  db: ReadableDB,
  bounds: Bounds,
  filter: StatsFilter,
  lookBackDays: number,
): Promise<HandOffCandidate[]> {
  const earliest = new Date(Date.parse(bounds.start) - lookBackDays * 86_400_000).toISOString();
  const scope = siteAndStaff(filter, sql`h.site_id`, sql`h.created_by`);
  const created = engineOf(db).unindexed(sql`h.created_at`);
  // Two halves, each on the resolved_at index: still unresolved, or resolved since the start
  // (the unary + keeps the planner off the created_at index, which would read months of rows).
  const { rows } = await sql<HandOffCandidate>`
    select h.id, h.standard_id, h.site_id, h.created_at, h.resolved_at from hand_offs h
    where h.resolved_at is null and h.created_at >= ${earliest} and h.created_at < ${bounds.end}
      and h.standard_id is not null and ${scope}
    union all
    select h.id, h.standard_id, h.site_id, h.created_at, h.resolved_at from hand_offs h
    where h.resolved_at >= ${bounds.start} and ${created} >= ${earliest}
      and ${created} < ${bounds.end} and h.standard_id is not null and ${scope}`.execute(db);
  return rows;
}

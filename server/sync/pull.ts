// Pull (issue 21): the council's changes after a desk's cursor, in version order, a page at a
// time. Nothing is filtered: each change names its desk, and a desk skips its own.
import type { ServerDb } from '../db/connect';
import type { PullPage } from '../../shared/sync/wire';

export type { PullPage, PulledChange } from '../../shared/sync/wire';

/** The most changes one page carries; a larger `limit` is cut to this. */
export const MAX_PULL_PAGE = 1000;

export async function pullChanges(db: ServerDb, after: bigint, limit: number): Promise<PullPage> {
  const size = Math.min(Math.max(1, Math.floor(limit)), MAX_PULL_PAGE);
  // One row past the page tells whether there is more, in the same statement (one snapshot).
  const rows = await db
    .selectFrom('changes')
    .select([
      'version',
      'mutation_id',
      'desk_id',
      'staff_id',
      'hlc',
      'entity',
      'entity_id',
      'op',
      'data',
    ])
    .where('version', '>', after.toString())
    .orderBy('version')
    .limit(size + 1)
    .execute();
  const page = rows.slice(0, size);
  return {
    changes: page.map((r) => ({
      version: r.version,
      mutationId: r.mutation_id,
      deskId: r.desk_id,
      staffId: r.staff_id,
      hlc: r.hlc,
      entity: r.entity,
      entityId: r.entity_id,
      op: r.op,
      data: r.data,
    })),
    cursor: page.at(-1)?.version ?? after.toString(),
    more: rows.length > size,
  };
}

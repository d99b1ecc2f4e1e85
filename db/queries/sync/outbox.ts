// The sync outbox (issue 21): the change log's entries not yet shipped to the council server.
// An entry ships with its client mutation id; entries with none (first-run seeding, the
// retention run) are the desk's own housekeeping and are never read here, nor are writes to
// the desk's own tables (its waiting-area display keys): only the synced tables travel.
import type { ReadableDB, WritableDB } from '../../handles';
import { SYNCED_ENTITIES } from './synced-tables';

export interface OutboxEntry {
  /** The change log's id: UUIDv7, so id order is the order the desk wrote them. */
  id: string;
  mutationId: string;
  /** When the desk wrote it (ISO), by the desk's clock. */
  at: string;
  staffId: string | null;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  /** The fields after the change (all of a created row, the changed ones of an update); null for a delete. */
  after: Record<string, unknown> | null;
  /** Its hybrid-clock value, given when written; null on entries older than migration 0024. */
  hlc: string | null;
}

function unshipped(db: ReadableDB) {
  return db
    .selectFrom('change_log')
    .select([
      'id',
      'mutation_id',
      'at',
      'staff_id',
      'entity',
      'entity_id',
      'action',
      'after',
      'hlc',
    ])
    .where('shipped_at', 'is', null)
    .where('mutation_id', 'is not', null)
    .where('entity', 'in', [...SYNCED_ENTITIES]);
}

type Row = Awaited<ReturnType<ReturnType<typeof unshipped>['execute']>>[number];

function toEntry(row: Row): OutboxEntry {
  return {
    id: row.id,
    mutationId: row.mutation_id!,
    at: row.at,
    staffId: row.staff_id,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    after: row.after === null ? null : (JSON.parse(row.after) as Record<string, unknown>),
    hlc: row.hlc,
  };
}

/** Up to `limit` unshipped entries after the entry `afterId` (from the start when null), in log order. */
export async function unshippedPage(
  db: ReadableDB,
  afterId: string | null,
  limit: number,
): Promise<OutboxEntry[]> {
  let query = unshipped(db);
  if (afterId !== null) query = query.where('id', '>', afterId);
  const rows = await query.orderBy('id').limit(limit).execute();
  return rows.map(toEntry);
}

/** SQLite's bound-parameter limit is far above this; chunks keep each statement small. */
const IDS_PER_STATEMENT = 500;

/** Every unshipped entry of these mutations, in log order: a page may end mid-mutation. */
export async function unshippedOfMutations(
  db: ReadableDB,
  mutationIds: readonly string[],
): Promise<OutboxEntry[]> {
  const entries: OutboxEntry[] = [];
  for (let i = 0; i < mutationIds.length; i += IDS_PER_STATEMENT) {
    const chunk = mutationIds.slice(i, i + IDS_PER_STATEMENT);
    const rows = await unshipped(db).where('mutation_id', 'in', chunk).orderBy('id').execute();
    entries.push(...rows.map(toEntry));
  }
  return entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** When the newest shipped entry was written: where the desk's clock for a push starts from. */
export async function lastShippedAt(db: ReadableDB): Promise<string | undefined> {
  // Newest first by the primary key: stops at the first shipped entry, past the outbox only.
  const row = await db
    .selectFrom('change_log')
    .select('at')
    .where('shipped_at', 'is not', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.at;
}

/**
 * Marks entries shipped. A plain update, not db/write.ts's updateLogged: change_log is the
 * log itself, and logging this would put a new unshipped entry in the outbox for every entry
 * shipped, for ever. Only entries still unshipped are touched, so a first shipping time stays.
 */
export async function markShipped(
  tx: WritableDB,
  entryIds: readonly string[],
  shippedAt: string,
  /** Clock values given at push to entries written before the log kept them (0024). */
  givenClocks: ReadonlyMap<string, string> = new Map(),
): Promise<number> {
  for (const [id, hlc] of givenClocks) {
    await tx
      .updateTable('change_log')
      .set({ hlc })
      .where('id', '=', id)
      .where('hlc', 'is', null)
      .execute();
  }
  let marked = 0;
  for (let i = 0; i < entryIds.length; i += IDS_PER_STATEMENT) {
    const result = await tx
      .updateTable('change_log')
      .set({ shipped_at: shippedAt })
      .where('id', 'in', entryIds.slice(i, i + IDS_PER_STATEMENT))
      .where('shipped_at', 'is', null)
      .executeTakeFirst();
    marked += Number(result.numUpdatedRows);
  }
  return marked;
}

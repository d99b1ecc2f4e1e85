// A row as the council server holds it now: worked out from every change to it by the same
// conflict rules every desk uses (shared/sync/replay.ts), so the server never reads a record
// differently from the desks. The server keeps only changes; what needs a record's current
// state (calling a visitor, a desk's name, the council's sites at enrolment) reads it here.
import type { Transaction } from 'kysely';
import { replay, type HistoryEntry } from '../../shared/sync/replay';
import type { ServerDatabase } from '../db/schema';

type Tx = Transaction<ServerDatabase>;

export interface CurrentRow {
  /** The fields its changes set, as the conflict rules leave them. */
  fields: Record<string, unknown>;
  /** A delete is in its history: a tombstone. */
  deleted: boolean;
  /** Its creation is in its history (a row is whole only then). */
  created: boolean;
  /** The version of its newest change here. */
  newest: bigint;
}

/** Each row of `entity` (or only row `id`, or rows `ids`) the server holds changes for, by id. */
export async function currentRows(
  tx: Tx,
  entity: string,
  id?: string | readonly string[],
): Promise<Map<string, CurrentRow>> {
  let query = tx
    .selectFrom('changes')
    .select(['entity_id', 'version', 'hlc', 'op', 'data', 'mutation_id'])
    .where('entity', '=', entity);
  if (typeof id === 'string') query = query.where('entity_id', '=', id);
  else if (id !== undefined) {
    if (id.length === 0) return new Map();
    query = query.where('entity_id', 'in', [...id]);
  }
  const histories = new Map<string, { entries: HistoryEntry[]; newest: bigint }>();
  for (const r of await query.execute()) {
    let history = histories.get(r.entity_id);
    if (!history) histories.set(r.entity_id, (history = { entries: [], newest: -1n }));
    history.entries.push({
      hlc: r.hlc,
      action: r.op,
      after: (r.data as Record<string, unknown> | null) ?? null,
      fromThisDesk: false,
      mutationId: r.mutation_id,
    });
    if (BigInt(r.version) > history.newest) history.newest = BigInt(r.version);
  }
  const rows = new Map<string, CurrentRow>();
  for (const [rowId, { entries, newest }] of histories) {
    const replayed = replay(entity, entries);
    rows.set(rowId, {
      fields: replayed.fields,
      deleted: replayed.deleted,
      created: replayed.created,
      newest,
    });
  }
  return rows;
}

// A pulled change to a record this desk let go of when it trimmed to its offline profile
// (issue 21; ./trim.ts) passes quietly: the council server holds the record and its history,
// so there is nothing to apply here, nothing to keep in the log and no problem to list.
import type { WritableDB } from '../../handles';
import { currentRow } from '../../write';
import { foreignKeysOf } from './baseline';
import { TRIM_WITH_PARENT, TRIMMABLE } from './trim-rules';

/**
 * Whether this desk holds the record, or could: anything but a row of a table a trim takes
 * from, with neither the row nor its creation here. Only those can be let go of on purpose;
 * elsewhere a missing creation is a fault, and settleRow says so. A creation pulled but not yet
 * applied (waiting in the problems list to be tried again) counts as held, so the edits after
 * it wait with it instead of being passed over.
 */
export async function holdsRecord(tx: WritableDB, entity: string, id: string): Promise<boolean> {
  if (!TRIMMABLE.has(entity)) return true;
  const { current } = await currentRow(tx, entity as 'contacts', id);
  if (current) return true;
  const created = await tx
    .selectFrom('change_log')
    .select('id')
    .where('entity', '=', entity)
    .where('entity_id', '=', id)
    .where('action', '=', 'create')
    .executeTakeFirst();
  if (created) return true;
  const waiting = await tx
    .selectFrom('sync_problems')
    .select('id')
    .where('direction', '=', 'pull')
    .where('entity', '=', entity)
    .where('entity_id', '=', id)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  return waiting !== undefined;
}

const parentColumns = new Map<string, string[]>();

/**
 * Whether a new row only describes a record this desk let go of (an offer, a survey or a score
 * of a trimmed contact: ./trim-rules.ts): without its record it is of no use here. A new open
 * item naming a trimmed record is not one of these: it is listed as a problem, as before.
 */
export async function describesOneLetGo(
  tx: WritableDB,
  entity: string,
  data: unknown,
): Promise<boolean> {
  const parent = TRIM_WITH_PARENT.find((f) => f.child === entity)?.parent;
  if (!parent || data === null || typeof data !== 'object') return false;
  let columns = parentColumns.get(entity);
  if (!columns) {
    columns = (await foreignKeysOf(tx, entity))
      .filter((k) => k.parent === parent)
      .map((k) => k.column);
    parentColumns.set(entity, columns);
  }
  for (const column of columns) {
    const id = (data as Record<string, unknown>)[column];
    if (typeof id === 'string' && !(await holdsRecord(tx, parent, id))) return true;
  }
  return false;
}

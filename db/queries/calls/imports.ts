// Imports of the telephone system's call records: the sources with their column mappings
// (JSON text here, a CallMapping outside), each import's record, its calls, and undoing it.
// Every write is logged like any other (db/write.ts).
import { callMappingSchema, type CallMapping } from '../../../shared/calls/call-records';
import type { ReadableDB, WritableDB } from '../../handles';
import { deleteLogged, insertLogged, newId, updateLogged, type Actor } from '../../write';

/** Every import, newest first, or the one with `id`, as the imports list shows them. */
export async function listCallImports(db: ReadableDB, id?: string) {
  let query = db
    .selectFrom('call_imports as i')
    .innerJoin('call_sources as src', 'src.id', 'i.source_id')
    .innerJoin('sites as s', 's.id', 'i.site_id')
    .innerJoin('staff as st', 'st.id', 'i.imported_by')
    .select([
      'i.id',
      'src.name as sourceName',
      'i.file_name as fileName',
      's.name as siteName',
      'i.imported_at as importedAt',
      'st.display_name as importedByName',
      'i.rows_read as rowsRead',
      'i.imported',
      'i.duplicates',
      'i.skipped',
      'i.undone_at as undoneAt',
    ])
    .orderBy('i.imported_at', 'desc');
  if (id) query = query.where('i.id', '=', id);
  return query.execute();
}

/** The telephone systems whose columns were mapped, by name. */
export async function listCallSources(
  db: ReadableDB,
): Promise<{ id: string; name: string; mapping: CallMapping }[]> {
  const rows = await db
    .selectFrom('call_sources')
    .select(['id', 'name', 'mapping'])
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ ...r, mapping: callMappingSchema.parse(JSON.parse(r.mapping)) }));
}

/** The source by name (any case), created or given this mapping; its id. */
export async function saveCallSource(
  tx: WritableDB,
  actor: Actor,
  name: string,
  mapping: CallMapping,
): Promise<string> {
  const json = JSON.stringify(mapping);
  const existing = await tx
    .selectFrom('call_sources')
    .select(['id', 'mapping'])
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
  if (existing) {
    if (existing.mapping !== json)
      await updateLogged(tx, actor, 'call_sources', existing.id, {
        mapping: json,
        updated_at: actor.at.toISOString(),
      });
    return existing.id;
  }
  const id = newId();
  const at = actor.at.toISOString();
  await insertLogged(tx, actor, 'call_sources', {
    id,
    name,
    mapping: json,
    created_at: at,
    updated_at: at,
  });
  return id;
}

export interface ImportedCall {
  queuedAt: string;
  answeredAt: string | null;
  abandonedAt: string | null;
  staffId: string | null;
  key: string;
  transferred: boolean;
  transferReason: string | null;
}

/** Writes an import's calls at its site, each marked with the import and its duplicate key. */
export async function insertImportedCalls(
  tx: WritableDB,
  actor: Actor,
  importId: string,
  siteId: string,
  calls: readonly ImportedCall[],
): Promise<void> {
  const at = actor.at.toISOString();
  for (const c of calls)
    await insertLogged(tx, actor, 'calls', {
      id: newId(),
      site_id: siteId,
      queued_at: c.queuedAt,
      answered_at: c.answeredAt,
      abandoned_at: c.abandonedAt,
      staff_id: c.staffId,
      contact_id: null,
      source: 'import',
      recorded_at: at,
      import_id: importId,
      duplicate_key: c.key,
      transferred: c.transferred ? 1 : 0,
      transfer_reason: c.transferReason,
    });
}

/** An import's record: when it was undone (null while it stands); undefined if none. */
export async function callImportUndoneAt(
  db: ReadableDB,
  id: string,
): Promise<{ undoneAt: string | null } | undefined> {
  return db
    .selectFrom('call_imports')
    .select('undone_at as undoneAt')
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Removes exactly the import's calls, each deletion logged, and marks the import undone. */
export async function undoCallImport(tx: WritableDB, actor: Actor, id: string): Promise<void> {
  const calls = await tx.selectFrom('calls').select('id').where('import_id', '=', id).execute();
  for (const call of calls) await deleteLogged(tx, actor, 'calls', call.id);
  await updateLogged(tx, actor, 'call_imports', id, {
    undone_at: actor.at.toISOString(),
    undone_by: actor.staffId,
  });
}

// Importing the telephone system's call records: each source keeps its column mapping, an
// import writes every new call in one transaction (a failure leaves nothing half-imported),
// and undoing an import removes exactly its calls. Every write is logged like any other.
import type { CallImportView } from '../../../shared/api/calls';
import { ApiFailure } from '../../../shared/api/errors';
import { callMappingSchema, type CallMapping } from '../../../shared/calls/call-records';
import {
  deleteLogged,
  inTransaction,
  insertLogged,
  newId,
  updateLogged,
  type Actor,
  type Db,
  type Tx,
} from '../../../db/write';
import { coverageOf, planImport } from './import-plan';
import type { Handlers } from '../context';

async function importViews(db: Db, id?: string): Promise<CallImportView[]> {
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

/** The source by name (any case), created or given this mapping. */
async function saveSource(tx: Tx, actor: Actor, name: string, mapping: CallMapping) {
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

export const callHandlers: Pick<
  Handlers,
  'calls.sources' | 'calls.preview' | 'calls.import' | 'calls.imports' | 'calls.undoImport'
> = {
  async 'calls.sources'(ctx) {
    const rows = await ctx.db
      .selectFrom('call_sources')
      .select(['id', 'name', 'mapping'])
      .orderBy('name')
      .execute();
    return rows.map((r) => ({ ...r, mapping: callMappingSchema.parse(JSON.parse(r.mapping)) }));
  },

  async 'calls.preview'(ctx, input) {
    return (await planImport(ctx.db, input)).preview;
  },

  async 'calls.import'(ctx, input, call) {
    const actor = call.actor();
    const id = newId();
    await inTransaction(ctx.db, async (tx) => {
      // Planned inside the transaction, so a file imported twice at once cannot slip through.
      const { preview, calls } = await planImport(tx, input);
      if (calls.length === 0)
        throw new ApiFailure(
          'VALIDATION',
          preview.rowsRead === 0
            ? 'The file has no call records under its header row.'
            : 'No row of the file can be imported: every one is a duplicate or has a problem.',
        );
      const sourceId = await saveSource(tx, actor, input.sourceName, input.mapping);
      const at = actor.at.toISOString();
      // The days its calls fall in, kept on the import's record. Typed answer times give way
      // only in the hours its calls themselves fall in (call-groups.ts COUNTED_CALL), so an
      // undone import, its calls deleted, replaces nothing.
      const covers = coverageOf(calls)!;
      await insertLogged(tx, actor, 'call_imports', {
        id,
        source_id: sourceId,
        file_name: input.fileName,
        site_id: input.siteId,
        imported_at: at,
        imported_by: actor.staffId!,
        covers_from: covers.from,
        covers_to: covers.to,
        rows_read: preview.rowsRead,
        imported: calls.length,
        duplicates: preview.duplicates,
        skipped: preview.skipped,
        undone_at: null,
        undone_by: null,
      });
      for (const c of calls)
        await insertLogged(tx, actor, 'calls', {
          id: newId(),
          site_id: input.siteId,
          queued_at: c.queuedAt,
          answered_at: c.answeredAt,
          abandoned_at: c.abandonedAt,
          staff_id: c.staffId,
          contact_id: null,
          source: 'import',
          recorded_at: at,
          import_id: id,
          duplicate_key: c.key,
          transferred: c.transferred ? 1 : 0,
          transfer_reason: c.transferReason,
        });
    });
    return (await importViews(ctx.db, id))[0]!;
  },

  'calls.imports': (ctx) => importViews(ctx.db),

  async 'calls.undoImport'(ctx, input, call) {
    const actor = call.actor();
    await inTransaction(ctx.db, async (tx) => {
      const found = await tx
        .selectFrom('call_imports')
        .select('undone_at')
        .where('id', '=', input.id)
        .executeTakeFirst();
      if (!found) throw new ApiFailure('NOT_FOUND', 'That import does not exist.');
      if (found.undone_at) throw new ApiFailure('CONFLICT', 'That import has already been undone.');
      const ids = await tx
        .selectFrom('calls')
        .select('id')
        .where('import_id', '=', input.id)
        .execute();
      for (const { id } of ids) await deleteLogged(tx, actor, 'calls', id);
      await updateLogged(tx, actor, 'call_imports', input.id, {
        undone_at: actor.at.toISOString(),
        undone_by: actor.staffId,
      });
    });
    return (await importViews(ctx.db, input.id))[0]!;
  },
};

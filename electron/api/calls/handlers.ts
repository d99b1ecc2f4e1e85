// Importing the telephone system's call records: each source keeps its column mapping, an
// import writes every new call in one transaction (a failure leaves nothing half-imported),
// and undoing an import removes exactly its calls. Every write is logged like any other.
import { ApiFailure } from '../../../shared/api/errors';
import {
  callImportUndoneAt,
  insertImportedCalls,
  listCallImports,
  listCallSources,
  saveCallSource,
  undoCallImport,
} from '../../../db/queries/calls/imports';
import { inTransaction, insertLogged, newId } from '../../../db/write';
import { coverageOf, planImport } from './import-plan';
import type { Handlers } from '../context';

export const callHandlers: Pick<
  Handlers,
  'calls.sources' | 'calls.preview' | 'calls.import' | 'calls.imports' | 'calls.undoImport'
> = {
  'calls.sources': (ctx) => listCallSources(ctx.db),

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
      const sourceId = await saveCallSource(tx, actor, input.sourceName, input.mapping);
      // The days its calls fall in, kept on the import's record. Typed answer times give way
      // only in the hours its calls themselves fall in (call-groups.ts countedCallOf), so an
      // undone import, its calls deleted, replaces nothing.
      const covers = coverageOf(calls)!;
      await insertLogged(tx, actor, 'call_imports', {
        id,
        source_id: sourceId,
        file_name: input.fileName,
        site_id: input.siteId,
        imported_at: actor.at.toISOString(),
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
      await insertImportedCalls(tx, actor, id, input.siteId, calls);
    });
    return (await listCallImports(ctx.db, id))[0]!;
  },

  'calls.imports': (ctx) => listCallImports(ctx.db),

  async 'calls.undoImport'(ctx, input, call) {
    const actor = call.actor();
    await inTransaction(ctx.db, async (tx) => {
      const found = await callImportUndoneAt(tx, input.id);
      if (!found) throw new ApiFailure('NOT_FOUND', 'That import does not exist.');
      if (found.undoneAt) throw new ApiFailure('CONFLICT', 'That import has already been undone.');
      await undoCallImport(tx, actor, input.id);
    });
    return (await listCallImports(ctx.db, input.id))[0]!;
  },
};

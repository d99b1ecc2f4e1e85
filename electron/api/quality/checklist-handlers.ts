// The council's quality checklist (NeSDS standard 19: formal tools for measuring quality):
// team leaders add, reword, reorder and retire its points. A score keeps the wording it was
// given under, and a retired point stays on the scores already given; new scores use the
// active points, of which there must always be at least one.
import type { QualityChecklistItemView } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import type { WritableDB } from '../../../db/handles';
import {
  addChecklistItem,
  renumberChecklist,
  retireChecklistItem,
  rewordChecklistItem,
} from '../../../db/queries/quality/checklist';
import { inTransaction } from '../../../db/write';
import type { Handlers } from '../context';
import { checklistViews } from '../../../db/reports/quality-checklist';

async function activeItem(tx: WritableDB, id: string, doing: string) {
  const item = (await checklistViews(tx)).find((i) => i.id === id);
  if (!item) throw new ApiFailure('NOT_FOUND', 'That checklist point does not exist.');
  if (!item.active)
    throw new ApiFailure('CONFLICT', `That point has been retired, so it cannot be ${doing}.`);
  return item;
}

function refuseDuplicate(items: QualityChecklistItemView[], text: string, id?: string) {
  const same = items.find(
    (i) => i.active && i.id !== id && i.text.toLowerCase() === text.toLowerCase(),
  );
  if (same) {
    const message = `The checklist already has “${same.text}”.`;
    throw new ApiFailure('VALIDATION', message, { text: message });
  }
}

export const qualityChecklistHandlers: Pick<
  Handlers,
  | 'quality.checklist'
  | 'quality.saveChecklistItem'
  | 'quality.moveChecklistItem'
  | 'quality.retireChecklistItem'
> = {
  'quality.checklist': (ctx) => checklistViews(ctx.db),

  async 'quality.saveChecklistItem'(ctx, input, call) {
    const actor = call.actor();
    await inTransaction(ctx.db, async (tx) => {
      const items = await checklistViews(tx);
      if (input.id) {
        await activeItem(tx, input.id, 'reworded');
        refuseDuplicate(items, input.text, input.id);
        await rewordChecklistItem(tx, actor, input.id, input.text);
        return;
      }
      refuseDuplicate(items, input.text);
      await addChecklistItem(tx, actor, input.text);
    });
    return checklistViews(ctx.db);
  },

  async 'quality.moveChecklistItem'(ctx, input, call) {
    const actor = call.actor();
    await inTransaction(ctx.db, async (tx) => {
      await activeItem(tx, input.id, 'moved');
      const active = (await checklistViews(tx)).filter((i) => i.active);
      const from = active.findIndex((i) => i.id === input.id);
      const to = input.direction === 'up' ? from - 1 : from + 1;
      if (to < 0 || to >= active.length)
        throw new ApiFailure(
          'CONFLICT',
          `That point is already ${input.direction === 'up' ? 'first' : 'last'} on the checklist.`,
        );
      [active[from], active[to]] = [active[to]!, active[from]!];
      // Renumbered 1, 2, 3... so the order never rests on two points sharing a number.
      await renumberChecklist(
        tx,
        actor,
        active.map((i) => i.id),
      );
    });
    return checklistViews(ctx.db);
  },

  async 'quality.retireChecklistItem'(ctx, input, call) {
    const actor = call.actor();
    await inTransaction(ctx.db, async (tx) => {
      await activeItem(tx, input.id, 'retired again');
      const active = (await checklistViews(tx)).filter((i) => i.active);
      if (active.length === 1)
        throw new ApiFailure(
          'CONFLICT',
          'The checklist needs at least one point: add another before retiring this one.',
        );
      await retireChecklistItem(tx, actor, input.id);
    });
    return checklistViews(ctx.db);
  },
};

// The council's quality checklist (NeSDS standard 19: formal tools for measuring quality):
// team leaders add, reword, reorder and retire its points. A score keeps the wording it was
// given under, and a retired point stays on the scores already given; new scores use the
// active points, of which there must always be at least one.
import type { QualityChecklistItemView } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import {
  inTransaction,
  insertLogged,
  newId,
  updateLogged,
  type Db,
  type Tx,
} from '../../../db/write';
import type { Handlers } from '../context';

/** Active points in their order (numbered 1, 2, 3...), then retired ones. */
export async function checklistViews(db: Db | Tx): Promise<QualityChecklistItemView[]> {
  const rows = await db
    .selectFrom('quality_checklist_items')
    .select(['id', 'text', 'active', 'sort_order'])
    .orderBy('active', 'desc')
    .orderBy('sort_order')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r, i) => ({
    id: r.id,
    text: r.text,
    active: r.active === 1,
    position: r.active === 1 ? i + 1 : null,
  }));
}

async function activeItem(tx: Tx, id: string, doing: string) {
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
        await updateLogged(tx, actor, 'quality_checklist_items', input.id, { text: input.text });
        return;
      }
      refuseDuplicate(items, input.text);
      const last = await tx
        .selectFrom('quality_checklist_items')
        .select((eb) => eb.fn.max('sort_order').as('last'))
        .executeTakeFirst();
      await insertLogged(tx, actor, 'quality_checklist_items', {
        id: newId(),
        text: input.text,
        active: 1,
        sort_order: (last?.last ?? 0) + 1,
        created_at: actor.at.toISOString(),
      });
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
      for (const [i, item] of active.entries())
        await updateLogged(tx, actor, 'quality_checklist_items', item.id, { sort_order: i + 1 });
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
      await updateLogged(tx, actor, 'quality_checklist_items', input.id, { active: 0 });
    });
    return checklistViews(ctx.db);
  },
};

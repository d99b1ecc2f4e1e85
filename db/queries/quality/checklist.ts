// The quality checklist's points (NeSDS standard 19): stored with 0/1 for active, read here as
// a boolean. Points are never deleted: a retired one stays on the scores given under it.
import type { ReadableDB, WritableDB } from '../../handles';
import { insertLogged, newId, updateLogged, type Actor } from '../../write';

export interface ChecklistItemRow {
  id: string;
  text: string;
  active: boolean;
}

/** Active points in their order, then retired ones (oldest first). */
export async function listChecklistItems(db: ReadableDB): Promise<ChecklistItemRow[]> {
  const rows = await db
    .selectFrom('quality_checklist_items')
    .select(['id', 'text', 'active'])
    .orderBy('active', 'desc')
    .orderBy('sort_order')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, text: r.text, active: r.active === 1 }));
}

/** Adds an active point after the last one. */
export async function addChecklistItem(tx: WritableDB, actor: Actor, text: string): Promise<void> {
  const last = await tx
    .selectFrom('quality_checklist_items')
    .select((eb) => eb.fn.max('sort_order').as('last'))
    .executeTakeFirst();
  await insertLogged(tx, actor, 'quality_checklist_items', {
    id: newId(),
    text,
    active: 1,
    sort_order: (last?.last ?? 0) + 1,
    created_at: actor.at.toISOString(),
  });
}

export async function rewordChecklistItem(
  tx: WritableDB,
  actor: Actor,
  id: string,
  text: string,
): Promise<void> {
  await updateLogged(tx, actor, 'quality_checklist_items', id, { text });
}

/** Numbers the active points 1, 2, 3... in the order given. */
export async function renumberChecklist(
  tx: WritableDB,
  actor: Actor,
  orderedIds: string[],
): Promise<void> {
  for (const [i, id] of orderedIds.entries())
    await updateLogged(tx, actor, 'quality_checklist_items', id, { sort_order: i + 1 });
}

export async function retireChecklistItem(tx: WritableDB, actor: Actor, id: string): Promise<void> {
  await updateLogged(tx, actor, 'quality_checklist_items', id, { active: 0 });
}

// Scoring a sampled contact: its scores replace any given before (the change log keeps the
// earlier ones), each keeping the wording of the point it was given under.
import type { QualityScoreTable } from '../../schema';
import type { ReadableDB, WritableDB } from '../../handles';
import { deleteLogged, insertLogged, newId, updateLogged, type Actor } from '../../write';

export function findSampleItem(db: ReadableDB, id: string) {
  return db
    .selectFrom('quality_sample_items')
    .select(['id', 'sample_id', 'contact_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function replaceScores(
  tx: WritableDB,
  actor: Actor,
  sampleItemId: string,
  scores: { checklistItemId: string; itemText: string; result: QualityScoreTable['result'] }[],
): Promise<void> {
  const earlier = await tx
    .selectFrom('quality_scores')
    .select('id')
    .where('sample_item_id', '=', sampleItemId)
    .execute();
  for (const e of earlier) await deleteLogged(tx, actor, 'quality_scores', e.id);
  for (const score of scores)
    await insertLogged(tx, actor, 'quality_scores', {
      id: newId(),
      sample_item_id: sampleItemId,
      checklist_item_id: score.checklistItemId,
      item_text: score.itemText,
      result: score.result,
    });
}

export async function markScored(
  tx: WritableDB,
  actor: Actor,
  sampleItemId: string,
  comment: string,
): Promise<void> {
  await updateLogged(tx, actor, 'quality_sample_items', sampleItemId, {
    scored_at: actor.at.toISOString(),
    scored_by: actor.staffId,
    comment,
  });
}

// The quality checklist as the screens, the scoring and the results show it: the active
// points numbered in their order, then the retired ones. Not a handler file, so the reports
// (through results.ts) read it without loading any handler code.
import type { QualityChecklistItemView } from '../../shared/api/index';
import type { ReadableDB } from '../handles';
import { listChecklistItems } from '../queries/quality/checklist';

/** Active points in their order (numbered 1, 2, 3...), then retired ones. */
export async function checklistViews(db: ReadableDB): Promise<QualityChecklistItemView[]> {
  const rows = await listChecklistItems(db);
  return rows.map((r, i) => ({ ...r, position: r.active ? i + 1 : null }));
}

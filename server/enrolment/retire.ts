// Retiring a desk: a lost or replaced PC, or one moved to another site. It keeps its row, so
// the changes it pushed still name it, but its secret no longer opens push or pull (a retired
// desk is told so, and enrols again with a new code).
import { validate as isUuid } from 'uuid';
import type { ServerDb } from '../db/connect';

export type RetireResult = 'retired' | 'already retired' | 'no such desk';

export async function retireDesk(
  db: ServerDb,
  deskId: string,
  at = new Date(),
): Promise<RetireResult> {
  if (!isUuid(deskId)) return 'no such desk';
  const desk = await db
    .selectFrom('desks')
    .select('retired_at')
    .where('id', '=', deskId)
    .executeTakeFirst();
  if (!desk) return 'no such desk';
  if (desk.retired_at) return 'already retired';
  await db
    .updateTable('desks')
    .set({ retired_at: at })
    .where('id', '=', deskId)
    .where('retired_at', 'is', null)
    .execute();
  return 'retired';
}

// Client mutation ids already written (migration 0022).
import type { Db, Tx } from '../write';

export function findMutation(db: Db | Tx, id: string) {
  return db
    .selectFrom('mutations')
    .select(['method', 'staff_id', 'result'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The first call's answer, kept for a repeat of the same id. */
export async function storeMutationResult(db: Db | Tx, id: string, value: unknown): Promise<void> {
  await db
    .updateTable('mutations')
    .set({ result: JSON.stringify(value ?? null) })
    .where('id', '=', id)
    .where('result', 'is', null)
    .execute();
}

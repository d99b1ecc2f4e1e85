// Client mutation ids already written (migration 0022).
import type { Db, Tx } from '../write';

/** A mutation id already used: by which method and member of staff, and the answer kept for
 * it (`answered` false when the write committed but its answer was never stored). */
export async function findMutation(db: Db | Tx, id: string) {
  const row = await db
    .selectFrom('mutations')
    .select(['method', 'staff_id', 'result'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    method: row.method,
    staffId: row.staff_id,
    answered: row.result !== null,
    answer: row.result === null ? undefined : (JSON.parse(row.result) as unknown),
  };
}

/**
 * Ids older than `before`, with the answers kept for them: a repeat comes within seconds (a
 * second press, a retry), and an answer can hold a customer's details, which must not outlive
 * the records' own retention or an erasure (the change log keeps each id for sync).
 */
export async function discardMutationsBefore(db: Db | Tx, before: string): Promise<number> {
  const result = await db.deleteFrom('mutations').where('at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
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

/** Forgets a mutation id whose write was taken back, so a resend is decided afresh. */
export async function forgetMutation(db: Db | Tx, id: string): Promise<void> {
  await db.deleteFrom('mutations').where('id', '=', id).execute();
}

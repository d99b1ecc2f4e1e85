// Drafts (migration 0023): each member of staff's half-typed forms. Written directly, not
// through the change log: a draft is scratch, not a record, and never synced.
import type { Db, Tx } from '../../write';

export function findDraft(db: Db | Tx, staffId: string, form: string) {
  return db
    .selectFrom('drafts')
    .select(['data', 'updated_at'])
    .where('staff_id', '=', staffId)
    .where('form', '=', form)
    .executeTakeFirst();
}

export async function saveDraft(
  db: Db | Tx,
  staffId: string,
  form: string,
  data: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('drafts')
    .values({ staff_id: staffId, form, data, updated_at: at })
    .onConflict((oc) => oc.columns(['staff_id', 'form']).doUpdateSet({ data, updated_at: at }))
    .execute();
}

export async function discardDraft(db: Db | Tx, staffId: string, form: string): Promise<void> {
  await db.deleteFrom('drafts').where('staff_id', '=', staffId).where('form', '=', form).execute();
}

/** Drafts nobody came back to: personal details typed and left (the retention run). */
export async function discardDraftsBefore(db: Db | Tx, before: string): Promise<number> {
  const result = await db.deleteFrom('drafts').where('updated_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

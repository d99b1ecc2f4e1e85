// Drafts (migration 0023): each member of staff's half-typed forms. Written directly, not
// through the change log: a draft is scratch, not a record, and never synced. The form's
// values are stored as JSON text.
import type { Draft } from '../../../shared/api/drafts';
import type { ReadableDB, WritableDB } from '../../handles';

export async function findDraft(
  db: ReadableDB,
  staffId: string,
  form: string,
): Promise<Draft | undefined> {
  const row = await db
    .selectFrom('drafts')
    .select(['data', 'updated_at'])
    .where('staff_id', '=', staffId)
    .where('form', '=', form)
    .executeTakeFirst();
  return row && { data: JSON.parse(row.data) as Draft['data'], updatedAt: row.updated_at };
}

export async function saveDraft(
  tx: WritableDB,
  staffId: string,
  form: string,
  values: Draft['data'],
  at: string,
): Promise<void> {
  const data = JSON.stringify(values);
  await tx
    .insertInto('drafts')
    .values({ staff_id: staffId, form, data, updated_at: at })
    .onConflict((oc) => oc.columns(['staff_id', 'form']).doUpdateSet({ data, updated_at: at }))
    .execute();
}

export async function discardDraft(tx: WritableDB, staffId: string, form: string): Promise<void> {
  await tx.deleteFrom('drafts').where('staff_id', '=', staffId).where('form', '=', form).execute();
}

/** Drafts nobody came back to: personal details typed and left (the retention run). */
export async function discardDraftsBefore(tx: WritableDB, before: string): Promise<number> {
  const result = await tx.deleteFrom('drafts').where('updated_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

// Whether a form's customer id names a record, for the items logged against a customer
// (letters, complaints) that refuse an unknown one before writing anything.
import type { ReadableDB } from '../../handles';

export async function customerExists(db: ReadableDB, id: string): Promise<boolean> {
  const row = await db.selectFrom('customers').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

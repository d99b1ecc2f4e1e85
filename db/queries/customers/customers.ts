// Reading customer records: each as the domain has it, the consent flag a boolean and the
// needs read from their JSON (a need stored before it existed reads as not needed).
import type { CustomerNeeds } from '../../../shared/domain/needs';
import type { ReadableDB } from '../../handles';
import { parseNeeds } from '../queue/visits';

/** A customer record with the consent as a boolean and every need spelt out. */
export async function findCustomer(db: ReadableDB, id: string) {
  const row = await db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
  return (
    row && { ...row, contact_consent: row.contact_consent === 1, needs: parseNeeds(row.needs) }
  );
}

/**
 * The records named, as a merge weighs them: the consent a boolean, and only the needs ever
 * recorded on each (a merge keeps any need either record knew of).
 */
export async function customersToMerge(db: ReadableDB, ids: string[]) {
  const rows = await db.selectFrom('customers').selectAll().where('id', 'in', ids).execute();
  return rows.map((r) => ({
    ...r,
    contact_consent: r.contact_consent === 1,
    needs: JSON.parse(r.needs) as Partial<CustomerNeeds>,
  }));
}

/** What a search result or a possible duplicate shows of each record, needs spelt out. */
export async function customerSummaryRows(db: ReadableDB, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('customers')
    .select(['id', 'display_name', 'postcode', 'phone', 'needs', 'date_of_birth'])
    .where('id', 'in', ids)
    .execute();
  return rows.map((r) => ({ ...r, needs: parseNeeds(r.needs) }));
}

/** The two sides of a possible duplicate, as the panel compares them. */
export function duplicateSideRows(db: ReadableDB, ids: string[]) {
  return db
    .selectFrom('customers')
    .select(['id', 'display_name', 'postcode', 'date_of_birth', 'phone', 'email', 'created_at'])
    .where('id', 'in', ids)
    .execute();
}

// The one check behind every "choose an X from the list": the id a form sent must name an
// active row of a council list. A retired service, department or site stays on old records
// but cannot be chosen for new work (issue 18: nothing is deleted, retired items leave the
// pick-lists), so an unknown id and a retired one get the same answer.
import { ApiFailure } from '../../shared/api/errors';
import type { ReadableDB } from '../../db/handles';
import { isActive, type ListTable } from '../../db/queries/reference/reference';

/** How a refusal names each list's item. */
const ITEM_NAMES: Record<ListTable, string> = {
  services: 'a service',
  interaction_types: 'a type of enquiry',
  customer_types: 'a customer type',
  departments: 'a department',
  sites: 'a site',
  teams: 'a team',
  staff: 'a member of staff',
  service_standards: 'a standard',
  offer_rules: 'an offer',
  quality_checklist_items: 'a checklist point',
};

/**
 * Refuses, naming `field`, unless `id` is an active item of `table`. The message says what
 * to do; pass one when the screen words the choice differently, and a `summary` when the
 * form's line above the fields words it differently from the one beside the field.
 */
export async function requireActive(
  db: ReadableDB,
  table: ListTable,
  id: string,
  field: string,
  message = `Choose ${ITEM_NAMES[table]} from the list.`,
  summary = message,
): Promise<void> {
  if (await isActive(db, table, id)) return;
  throw new ApiFailure('VALIDATION', summary, { [field]: message });
}

import type { Db, Tx } from '../../write';
import type { ReadableDB } from '../../handles';

export async function listSites(db: Db | Tx) {
  return db
    .selectFrom('sites')
    .selectAll()
    .where('active', '=', 1)
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
}

export async function listReferenceData(db: Db | Tx) {
  const [sites, services, departments, interactionTypes, customerTypes, teams] = await Promise.all([
    listSites(db),
    db
      .selectFrom('services')
      .select(['id', 'name', 'department_id'])
      .where('active', '=', 1)
      .orderBy('sort_order')
      .orderBy('name')
      .execute(),
    db
      .selectFrom('departments')
      .select(['id', 'name'])
      .where('active', '=', 1)
      .orderBy('name')
      .execute(),
    db
      .selectFrom('interaction_types')
      .select(['id', 'name', 'bvpi157'])
      .where('active', '=', 1)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('customer_types')
      .select(['id', 'code', 'name', 'is_anonymous'])
      .where('active', '=', 1)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('teams')
      .select(['id', 'name'])
      .where('active', '=', 1)
      .orderBy('sort_order')
      .orderBy('name')
      .execute(),
  ]);
  return { sites, services, departments, interactionTypes, customerTypes, teams };
}

/** The council's lists whose rows are retired (active = 0) rather than deleted. */
export type ListTable =
  | 'services'
  | 'interaction_types'
  | 'customer_types'
  | 'departments'
  | 'sites'
  | 'teams'
  | 'staff'
  | 'service_standards'
  | 'offer_rules'
  | 'quality_checklist_items';

/** True when `id` names an active row of the list (unknown or retired ids are refused). */
export async function isActive(db: ReadableDB, table: ListTable, id: string): Promise<boolean> {
  const row = await db
    .selectFrom(table)
    .select('id')
    .where('id', '=', id)
    .where('active', '=', 1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function anonymousCustomerTypeId(db: Db | Tx): Promise<string | undefined> {
  const row = await db
    .selectFrom('customer_types')
    .select('id')
    .where('is_anonymous', '=', 1)
    .where('active', '=', 1)
    .orderBy('sort_order')
    .executeTakeFirst();
  return row?.id;
}

export async function interactionTypeByName(
  db: Db | Tx,
  name: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('interaction_types')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.id;
}

// The council's pick-lists, as every form reads them: items in use only (retired ones stay
// on old records but are not offered). Also whether an id names one (isActive).
import type { ReadableDB } from '../../handles';

/** The sites in use, in the council's order: where staff may sign in. */
export async function listSites(db: ReadableDB) {
  return db
    .selectFrom('sites')
    .select(['id', 'name', 'kind'])
    .where('active', '=', 1)
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
}

/** A site by id, in use or retired (a session's site stays named after it is retired). */
export async function siteById(
  db: ReadableDB,
  id: string,
): Promise<{ id: string; name: string } | undefined> {
  return db.selectFrom('sites').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

/** Every pick-list's items in use, as the forms offer them. */
export async function listReferenceData(db: ReadableDB) {
  const [sites, services, departments, interactionTypes, customerTypes, teams] = await Promise.all([
    listSites(db),
    db
      .selectFrom('services')
      .select(['id', 'name', 'department_id as departmentId'])
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
  return {
    sites,
    services,
    departments,
    interactionTypes: interactionTypes.map((t) => ({
      id: t.id,
      name: t.name,
      bvpi157: t.bvpi157 === 1,
    })),
    customerTypes: customerTypes.map((t) => ({
      id: t.id,
      code: t.code,
      name: t.name,
      isAnonymous: t.is_anonymous === 1,
    })),
    teams,
  };
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

export async function anonymousCustomerTypeId(db: ReadableDB): Promise<string | undefined> {
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
  db: ReadableDB,
  name: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('interaction_types')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.id;
}

// What the administrator's reference lists read: every item, retired ones too, with what
// uses each (open accounts at a site or in a team, a department's services in use), and the
// facts the rules for adding and retiring need.
import type { Db, Tx } from '../../write';

export type ReferenceTable = 'sites' | 'services' | 'departments' | 'interaction_types' | 'teams';

/** Every item of every list, in each list's usual order: retiring one does not move it. */
export async function listAllReferenceRows(db: Db | Tx) {
  const [sites, services, departments, interactionTypes, teams, staff] = await Promise.all([
    db
      .selectFrom('sites')
      .select(['id', 'name', 'kind', 'ticket_prefix', 'active'])
      .orderBy('sort_order')
      .orderBy('name')
      .execute(),
    db
      .selectFrom('services as s')
      .innerJoin('departments as d', 'd.id', 's.department_id')
      .select(['s.id', 's.name', 's.active', 's.department_id', 'd.name as department_name'])
      .orderBy('s.sort_order')
      .orderBy('s.name')
      .execute(),
    db
      .selectFrom('departments')
      .select(['id', 'name', 'contact_name', 'contact_email', 'escalation_contact', 'active'])
      .orderBy('name')
      .execute(),
    db
      .selectFrom('interaction_types')
      .select(['id', 'name', 'bvpi157', 'active'])
      .orderBy('sort_order')
      .orderBy('name')
      .execute(),
    db
      .selectFrom('teams')
      .select(['id', 'name', 'active'])
      .orderBy('sort_order')
      .orderBy('name')
      .execute(),
    db.selectFrom('staff').select(['home_site_id', 'team']).where('active', '=', 1).execute(),
  ]);
  return { sites, services, departments, interactionTypes, teams, staff };
}

/** The names a list already holds, retired ones included (names stay unique across both). */
export async function namesIn(db: Db | Tx, table: ReferenceTable) {
  return db.selectFrom(table).select(['id', 'name', 'active']).execute();
}

export async function findReferenceRow(db: Db | Tx, table: ReferenceTable, id: string) {
  return db
    .selectFrom(table)
    .select(['id', 'name', 'active'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function countActiveIn(db: Db | Tx, table: ReferenceTable): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Where a new item goes in a list ordered by hand: after the last. */
export async function nextSortOrder(
  db: Db | Tx,
  table: 'sites' | 'services' | 'interaction_types' | 'teams',
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('sort_order').as('last'))
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

/** The site, any site, retired or not, whose tickets start with these letters. */
export async function siteWithTicketPrefix(db: Db | Tx, prefix: string) {
  return db
    .selectFrom('sites')
    .select(['id', 'name', 'active'])
    .where((eb) => eb(eb.fn('upper', ['ticket_prefix']), '=', prefix.toUpperCase()))
    .executeTakeFirst();
}

/** Open accounts whose usual site this is, by name. */
export async function activeStaffAtSite(db: Db | Tx, siteId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('staff')
    .select('display_name')
    .where('home_site_id', '=', siteId)
    .where('active', '=', 1)
    .orderBy('display_name')
    .execute();
  return rows.map((r) => r.display_name);
}

/** Visitors still in the site's queue: waiting, called, being served or on hold. */
export async function openVisitsAt(db: Db | Tx, siteId: string): Promise<number> {
  const row = await db
    .selectFrom('visits')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('site_id', '=', siteId)
    .where('state', 'in', ['waiting', 'called', 'in_service', 'on_hold'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The services in use that a department runs, by name. */
export async function activeServicesOf(db: Db | Tx, departmentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('services')
    .select('name')
    .where('department_id', '=', departmentId)
    .where('active', '=', 1)
    .orderBy('name')
    .execute();
  return rows.map((r) => r.name);
}

/** Every account, open or retired, in a team (a team is named on the staff row). */
export async function staffInTeam(db: Db | Tx, teamName: string) {
  return db.selectFrom('staff').select(['id', 'team']).where('team', '=', teamName).execute();
}

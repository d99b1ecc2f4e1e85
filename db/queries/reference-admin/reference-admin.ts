// What the administrator's reference lists read: every item, retired ones too, with what
// uses each (open accounts at a site or in a team, a department's services in use), and the
// facts the rules for adding and retiring need.
import type { ReadableDB } from '../../handles';

export type ReferenceTable = 'sites' | 'services' | 'departments' | 'interaction_types' | 'teams';

/** Every item of every list, in each list's usual order: retiring one does not move it. */
export async function listAllReferenceRows(db: ReadableDB) {
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
  return {
    sites: sites.map((s) => ({
      id: s.id,
      name: s.name,
      active: s.active === 1,
      kind: s.kind,
      ticketPrefix: s.ticket_prefix,
    })),
    services: services.map((s) => ({
      id: s.id,
      name: s.name,
      active: s.active === 1,
      departmentId: s.department_id,
      departmentName: s.department_name,
    })),
    departments: departments.map((d) => ({
      id: d.id,
      name: d.name,
      active: d.active === 1,
      contactName: d.contact_name,
      contactEmail: d.contact_email,
      escalationContact: d.escalation_contact,
    })),
    interactionTypes: interactionTypes.map((t) => ({
      id: t.id,
      name: t.name,
      active: t.active === 1,
      bvpi157: t.bvpi157 === 1,
    })),
    teams: teams.map((t) => ({ id: t.id, name: t.name, active: t.active === 1 })),
    /** Open accounts' usual site and team, to count who uses each. */
    staff: staff.map((s) => ({ homeSiteId: s.home_site_id, team: s.team })),
  };
}

/** An item of a list as the admin rules read it. */
export interface ReferenceItem {
  id: string;
  name: string;
  active: boolean;
}

const toItem = (row: { id: string; name: string; active: number }): ReferenceItem => ({
  id: row.id,
  name: row.name,
  active: row.active === 1,
});

/** The names a list already holds, retired ones included (names stay unique across both). */
export async function namesIn(db: ReadableDB, table: ReferenceTable): Promise<ReferenceItem[]> {
  const rows = await db.selectFrom(table).select(['id', 'name', 'active']).execute();
  return rows.map(toItem);
}

export async function findReferenceRow(
  db: ReadableDB,
  table: ReferenceTable,
  id: string,
): Promise<ReferenceItem | undefined> {
  const row = await db
    .selectFrom(table)
    .select(['id', 'name', 'active'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toItem(row);
}

export async function countActiveIn(db: ReadableDB, table: ReferenceTable): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Where a new item goes in a list ordered by hand: after the last. */
export async function nextSortOrder(
  db: ReadableDB,
  table: 'sites' | 'services' | 'interaction_types' | 'teams',
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('sort_order').as('last'))
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

/** The site, any site, retired or not, whose tickets start with these letters. */
export async function siteWithTicketPrefix(
  db: ReadableDB,
  prefix: string,
): Promise<ReferenceItem | undefined> {
  const row = await db
    .selectFrom('sites')
    .select(['id', 'name', 'active'])
    .where((eb) => eb(eb.fn('upper', ['ticket_prefix']), '=', prefix.toUpperCase()))
    .executeTakeFirst();
  return row && toItem(row);
}

/** Open accounts whose usual site this is, by name. */
export async function activeStaffAtSite(db: ReadableDB, siteId: string): Promise<string[]> {
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
export async function openVisitsAt(db: ReadableDB, siteId: string): Promise<number> {
  const row = await db
    .selectFrom('visits')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('site_id', '=', siteId)
    .where('state', 'in', ['waiting', 'called', 'in_service', 'on_hold'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The services in use that a department runs, by name. */
export async function activeServicesOf(db: ReadableDB, departmentId: string): Promise<string[]> {
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
export async function staffInTeam(db: ReadableDB, teamName: string) {
  return db.selectFrom('staff').select(['id', 'team']).where('team', '=', teamName).execute();
}

/** Whether an enquiry type is one of the eight national BVPI 157 ones. */
export async function isBvpi157(db: ReadableDB, interactionTypeId: string): Promise<boolean> {
  const row = await db
    .selectFrom('interaction_types')
    .select('bvpi157')
    .where('id', '=', interactionTypeId)
    .executeTakeFirstOrThrow();
  return row.bvpi157 === 1;
}

/** The department that runs a service, in use or retired. */
export async function departmentOfService(
  db: ReadableDB,
  serviceId: string,
): Promise<{ name: string; active: boolean }> {
  const row = await db
    .selectFrom('services as s')
    .innerJoin('departments as d', 'd.id', 's.department_id')
    .select(['d.name', 'd.active'])
    .where('s.id', '=', serviceId)
    .executeTakeFirstOrThrow();
  return { name: row.name, active: row.active === 1 };
}

/** The team a name means, matched without regard to case, in use or retired. */
export async function teamByName(db: ReadableDB, name: string): Promise<ReferenceItem | undefined> {
  const row = await db
    .selectFrom('teams')
    .select(['id', 'name', 'active'])
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
  return row && toItem(row);
}

// Writes to the council's lists (sites, services, departments, enquiry and customer types,
// teams), for an administrator's change and for a new council's first lists alike. Each goes
// through db/write.ts's helpers, so it is logged; the table's 0/1 flags and JSON text are
// written here, so callers speak in booleans and values.
import type { OpeningHours } from '../../../shared/time';
import type { WritableDB } from '../../handles';
import { insertLogged, updateLogged, type Actor } from '../../write';
import { staffInTeam, type ReferenceTable } from './reference-admin';

export async function insertSite(
  tx: WritableDB,
  actor: Actor,
  site: {
    id: string;
    name: string;
    kind: 'contact_centre' | 'one_stop_shop';
    ticketPrefix: string;
    hours: OpeningHours;
    sortOrder: number;
  },
): Promise<void> {
  await insertLogged(tx, actor, 'sites', {
    id: site.id,
    name: site.name,
    kind: site.kind,
    ticket_prefix: site.ticketPrefix,
    opening_hours: JSON.stringify(site.hours),
    sort_order: site.sortOrder,
  });
}

export async function insertService(
  tx: WritableDB,
  actor: Actor,
  service: { id: string; name: string; departmentId: string; sortOrder: number },
): Promise<void> {
  await insertLogged(tx, actor, 'services', {
    id: service.id,
    name: service.name,
    department_id: service.departmentId,
    sort_order: service.sortOrder,
  });
}

/** A department's named contact and escalation point (NeSDS standard 22); null for none. */
export interface DepartmentContacts {
  contactName: string | null;
  contactEmail: string | null;
  escalationContact: string | null;
}

export async function insertDepartment(
  tx: WritableDB,
  actor: Actor,
  department: { id: string; name: string } & DepartmentContacts,
): Promise<void> {
  await insertLogged(tx, actor, 'departments', {
    id: department.id,
    name: department.name,
    contact_name: department.contactName,
    contact_email: department.contactEmail,
    escalation_contact: department.escalationContact,
  });
}

/** Changes the contacts given; one left undefined stays as it is. */
export async function updateDepartmentContacts(
  tx: WritableDB,
  actor: Actor,
  id: string,
  contacts: Partial<DepartmentContacts>,
): Promise<void> {
  await updateLogged(tx, actor, 'departments', id, {
    contact_name: contacts.contactName,
    contact_email: contacts.contactEmail,
    escalation_contact: contacts.escalationContact,
  });
}

export async function insertInteractionType(
  tx: WritableDB,
  actor: Actor,
  type: { id: string; name: string; bvpi157: boolean; sortOrder: number },
): Promise<void> {
  await insertLogged(tx, actor, 'interaction_types', {
    id: type.id,
    name: type.name,
    bvpi157: type.bvpi157 ? 1 : 0,
    sort_order: type.sortOrder,
  });
}

export async function insertCustomerType(
  tx: WritableDB,
  actor: Actor,
  type: { id: string; code: string; name: string; isAnonymous: boolean; sortOrder: number },
): Promise<void> {
  await insertLogged(tx, actor, 'customer_types', {
    id: type.id,
    code: type.code,
    name: type.name,
    is_anonymous: type.isAnonymous ? 1 : 0,
    sort_order: type.sortOrder,
  });
}

export async function insertTeam(
  tx: WritableDB,
  actor: Actor,
  team: { id: string; name: string; sortOrder: number },
): Promise<void> {
  await insertLogged(tx, actor, 'teams', {
    id: team.id,
    name: team.name,
    sort_order: team.sortOrder,
  });
}

export async function renameItem(
  tx: WritableDB,
  actor: Actor,
  table: ReferenceTable,
  id: string,
  name: string,
): Promise<void> {
  await updateLogged(tx, actor, table, id, { name });
}

/**
 * Renames a team. A team is named on its members' accounts, not linked by id: they move with
 * it, so "my team" and the team's figures still find them.
 */
export async function renameTeam(
  tx: WritableDB,
  actor: Actor,
  team: { id: string; name: string },
  name: string,
): Promise<void> {
  await updateLogged(tx, actor, 'teams', team.id, { name });
  for (const member of await staffInTeam(tx, team.name))
    await updateLogged(tx, actor, 'staff', member.id, { team: name });
}

/** Retires an item (false) or reinstates it (true); nothing is deleted. */
export async function setItemActive(
  tx: WritableDB,
  actor: Actor,
  table: ReferenceTable,
  id: string,
  active: boolean,
): Promise<void> {
  await updateLogged(tx, actor, table, id, { active: active ? 1 : 0 });
}

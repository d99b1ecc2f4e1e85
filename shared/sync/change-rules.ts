// Who may make which change, as the council server checks each pushed change (issue 21:
// "checks the staff member may make the change"). The same lines the desk's access rules draw
// (shared/api/access-rules.ts and each method's roles), by the table a change writes: the
// council's lists are an administrator's, a few settings a team leader's, a staff account an
// administrator's or its own holder's, and the rest every serving member of staff's.
import type { MethodName } from '../api';

export const ADMINISTRATOR_TABLES: ReadonlySet<string> = new Set([
  'sites',
  'services',
  'departments',
  'interaction_types',
  'customer_types',
  'teams',
  'service_standards',
  'offer_rules',
]);

/** Settings (the quality sample's size is a leader's), the checklist and the call sources. */
export const LEADER_TABLES: ReadonlySet<string> = new Set([
  'settings',
  'quality_checklist_items',
  'call_sources',
]);

const SERVING_ROLES = ['adviser', 'team_leader', 'administrator'];
const LEADER_ROLES = ['team_leader', 'administrator'];

/** Undefined when a member of staff with `role` may write `entity` row `entityId`, else why not. */
export function changeRefusal(
  staff: { id: string; role: string },
  entity: string,
  entityId: string,
): string | undefined {
  if (!SERVING_ROLES.includes(staff.role)) {
    return 'This account makes no changes (the waiting-area display).';
  }
  if (ADMINISTRATOR_TABLES.has(entity) && staff.role !== 'administrator') {
    return 'Only an administrator changes the council’s lists.';
  }
  if (LEADER_TABLES.has(entity) && !LEADER_ROLES.includes(staff.role)) {
    return 'Only a team leader or an administrator changes this.';
  }
  if (entity === 'staff' && staff.role !== 'administrator' && entityId !== staff.id) {
    return 'Only an administrator changes another member of staff’s account.';
  }
  return undefined;
}

/**
 * The methods that change what the council server owns (issue 21: "reference data and staff
 * accounts are owned by the server; edits need the server"): the council's lists, its
 * settings and standards, and staff accounts. A desk joined to a server refuses them while it
 * cannot reach it, so two desks offline never each rename a service their own way; a single
 * desk, with no server, makes them as before. Changing one's own password is not here: a
 * person given a one-time password must be able to choose their own at any desk.
 */
export const NEEDS_THE_SERVER = [
  'reference.add',
  'reference.rename',
  'reference.updateDepartment',
  'reference.retire',
  'reference.reinstate',
  'settings.updateQueue',
  'settings.updateGeneral',
  'settings.updateCalendar',
  'sites.updateHours',
  'standards.save',
  'standards.remove',
  'offers.saveRule',
  'quality.updateSettings',
  'dataProtection.updateRetention',
  'staff.add',
  'staff.resetPassword',
  'staff.retire',
  'staff.changeRole',
  'staff.move',
  'auth.unlockAccount',
] as const satisfies readonly MethodName[];

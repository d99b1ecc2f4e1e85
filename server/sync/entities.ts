// Which changes the server takes. A change names one of the desk's logged tables (db/write.ts
// logs every entity write under its table's name); anything else is refused with a reason.
import type { Database } from '../../db/schema';
import type { PushChange } from './push-schema';

/** The desk's tables whose writes travel; the type keeps the list to real table names. */
export const SYNCED_ENTITIES: ReadonlySet<string> = new Set<keyof Database>([
  'access_log',
  'appointments',
  'audit_events',
  'call_imports',
  'call_sources',
  'calls',
  'complaint_stages',
  'contact_offers',
  'contacts',
  'correspondence',
  'customer_marker_views',
  'customer_markers',
  'customer_types',
  'customers',
  'departments',
  'desks',
  'duplicate_candidates',
  'duplicate_checks',
  'feedback',
  'hand_offs',
  'holding_replies',
  'interaction_types',
  'offer_rules',
  'quality_checklist_items',
  'quality_sample_items',
  'quality_samples',
  'quality_scores',
  'satisfaction_surveys',
  'service_standards',
  'services',
  'settings',
  'sites',
  'staff',
  'teams',
  'visit_stretches',
  'visits',
]);
// Left out on purpose: change_log and mutations (the sync machinery itself), drafts and
// sign_in_failures (each desk's own: a half-typed form, its sign-in throttling).

/**
 * Whether the server takes this change: `undefined` if so, else the reason it is refused.
 * Today that is "the entity is one the council syncs"; when staff accounts move to the server
 * this is where the access rules go (may this member of staff, at this desk's site, make it).
 */
export function mayApply(change: PushChange): string | undefined {
  if (!SYNCED_ENTITIES.has(change.entity)) {
    return `The council server does not take changes to "${change.entity}".`;
  }
  return undefined;
}

// The desk's tables whose writes travel to and from the council server (issue 21), written
// once for the server that takes them and the desk that publishes its baseline.
import type { Database } from '../../schema';

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

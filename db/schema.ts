// The Kysely Database interface. Columns with defaults use Generated<>, nullable columns
// are `T | null`. SQLite stores booleans as 0/1: convert before values reach shared/ types.
// Instants are ISO 8601 UTC strings (sortable as text); JSON columns are TEXT.
import type { IdentityCheck } from '../shared/domain/identity';
import type { Generated, Insertable, Selectable } from 'kysely';
import type { ComplaintStage, FeedbackKind, StageOutcome } from '../shared/domain/feedback';
import type { HandOffStatus } from '../shared/domain/hand-offs';

export interface SiteTable {
  id: string;
  name: string;
  kind: 'contact_centre' | 'one_stop_shop';
  /** Ticket prefix for the queue, e.g. `B` for tickets B001, B002... */
  ticket_prefix: string;
  /** JSON: weekly opening hours. */
  opening_hours: string;
  active: Generated<number>;
  sort_order: Generated<number>;
}

export interface DepartmentTable {
  id: string;
  name: string;
  contact_name: string | null;
  contact_email: string | null;
  escalation_contact: string | null;
  active: Generated<number>;
}

export interface ServiceTable {
  id: string;
  name: string;
  department_id: string;
  /** This service's promise for a full reply, when it differs from the council's default. */
  reply_working_days: Generated<number | null>;
  active: Generated<number>;
  sort_order: Generated<number>;
  /** The standard a hand-off to this service's department runs under, when it has its own. */
  hand_off_standard_id: Generated<string | null>;
}

export interface InteractionTypeTable {
  id: string;
  name: string;
  /** 1 for the eight BVPI 157 interaction types; 0 for the council's own. */
  bvpi157: number;
  active: Generated<number>;
  sort_order: Generated<number>;
}

/** The council's teams (migration 0014): a pick-list only; a member of staff's team is text. */
export interface TeamTable {
  id: string;
  name: string;
  active: Generated<number>;
  sort_order: Generated<number>;
}

export interface CustomerTypeTable {
  id: string;
  code: string;
  name: string;
  is_anonymous: number;
  active: Generated<number>;
  sort_order: Generated<number>;
}

export interface StaffTable {
  id: string;
  username: string;
  display_name: string;
  role: 'adviser' | 'team_leader' | 'administrator' | 'display';
  home_site_id: string;
  team: string | null;
  /** `scrypt$N$r$p$salt$hash` (base64 parts): the parameters travel with the hash. */
  password_hash: string;
  active: Generated<number>;
  created_at: string;
  /** 1 while the password is a one-time one an administrator gave out (migration 0013). */
  must_change_password: Generated<number>;
}

export interface SettingTable {
  key: string;
  /** JSON */
  value: string;
}

export interface ContactTable {
  id: string;
  channel: string;
  direction: 'inbound' | 'outbound';
  service_id: string;
  interaction_type_id: string;
  customer_type_id: string;
  customer_id: string | null;
  outcome: string;
  department_id: string | null;
  partner_name: string | null;
  notes: string;
  started_at: string;
  ended_at: string;
  staff_id: string;
  site_id: string;
  recorded_at: string;
  updated_at: string;
  /** The One Stop Shop visit this contact came from (queue). */
  visit_id: string | null;
  /** How far identity was checked for this transaction (NeSDS 25). */
  identity_check: Generated<IdentityCheck>;
  /** A resolved inbound contact followed within 7 days by another about the same service
   * from the same customer (kept by triggers: migration 0007). */
  repeated: Generated<number>;
  /** Voided as recorded in error (0021): kept, shown struck through, out of every figure.
   * The three are set together or not at all. */
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
}

/** The audit trail shown on a record's history, and the outbox multi-desk sync will ship. */
export interface ChangeLogTable {
  /** UUIDv7: time-ordered, so the outbox ships in order. */
  id: string;
  at: string;
  staff_id: string | null;
  site_id: string | null;
  entity: string;
  entity_id: string;
  action: 'create' | 'update' | 'delete';
  /** JSON of the row before the change, null for a create. */
  before: string | null;
  /** JSON of the row after the change, null for a delete. */
  after: string | null;
  /** When the sync outbox shipped it; null until then. */
  shipped_at: string | null;
  /** The client mutation id of the write behind this entry (0022); null before, or for the
   * app's own writes (seeding, the retention run). */
  mutation_id: Generated<string | null>;
  /** The entry's hybrid logical clock (0024; shared/sync/hlc.ts); null on older entries. */
  hlc: Generated<string | null>;
  /** The server's id of the desk that made a pulled entry; null for this desk's own. */
  from_desk: Generated<string | null>;
  /** The council version a pulled entry came with; null for this desk's own. */
  pulled_version: Generated<string | null>;
}

/** This desk's sync with the council server (0024): one row, id 1. */
export interface SyncStateTable {
  id: number;
  replica_id: string;
  server_url: string | null;
  desk_id: string | null;
  desk_name: string | null;
  site_id: string | null;
  /** The short code its references carry (0025); null when site_id is that code. */
  site_code: string | null;
  issuing_point: number | null;
  secret: string | null;
  /** 1 when `secret` is base64 of bytes sealed with Electron's safeStorage. */
  sealed: Generated<number>;
  enrolled_at: string | null;
  cursor: Generated<string>;
  last_contact_at: string | null;
  offline_since: string | null;
  /** The London day of the last trim to the offline profile (0028; db/queries/sync/trim.ts). */
  last_trim_on: Generated<string | null>;
}

/** One row only inside a trim's transaction (0028): contacts' delete triggers stand aside. */
export interface TrimGuardTable {
  id: number;
}

/** A block of reference numbers the server leased to this desk (0024). */
export interface NumberBlockTable {
  series: string;
  first: number;
  last: number;
  next: number;
}

/** A change the server refused or this desk could not apply (0024), until dealt with. */
export interface SyncProblemTable {
  id: string;
  direction: 'push' | 'pull';
  mutation_id: string;
  entity: string | null;
  entity_id: string | null;
  staff_id: string | null;
  reason: string;
  /** A pulled change that could not be applied here (JSON), tried again after later pulls. */
  change: string | null;
  first_seen_at: string;
  last_seen_at: string;
  resolved_at: string | null;
}

export interface CustomerTable {
  id: string;
  kind: 'citizen' | 'business' | 'community_group';
  display_name: string;
  first_name: string | null;
  last_name: string | null;
  organisation_name: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  date_of_birth: string | null;
  preferred_language: string | null;
  /** JSON: CustomerNeeds */
  needs: string;
  created_at: string;
  updated_at: string;
  title: Generated<string | null>;
  address_line1: Generated<string | null>;
  address_line2: Generated<string | null>;
  town: Generated<string | null>;
  preferred_channel: Generated<string | null>;
  council_reference: Generated<string | null>;
  /** Set on the record merged away: the record it now lives in. */
  merged_into: Generated<string | null>;
  /** Phonetic keys of the names (double metaphone), for search that forgives spelling. */
  name_keys: Generated<string | null>;
  contact_consent: Generated<number>;
  /** When the personal details were blanked, by retention or on request (migration 0015;
   * UK GDPR Art. 5(1)(e) and 17); null while they are held. */
  anonymised_at: Generated<string | null>;
}

export interface CustomerMarkerViewTable {
  id: string;
  marker_id: string;
  customer_id: string;
  staff_id: string;
  viewed_at: string;
  context: string;
}

export interface CustomerMarkerTable {
  id: string;
  customer_id: string;
  kind: string;
  reason: string;
  review_date: string;
  set_by: string;
  set_at: string;
  removed_at: string | null;
}

export interface DeskTable {
  id: string;
  site_id: string;
  name: string;
  /** JSON array of service ids the desk handles; empty means every service. */
  service_ids: string;
  is_open: number;
  staff_id: string | null;
  opened_at: string | null;
  /** Whether its person is at it (0027), as the PC they work at last said. */
  presence: Generated<'present' | 'locked' | 'signed_out'>;
}

export interface AppointmentTable {
  id: string;
  site_id: string;
  service_id: string;
  starts_at: string;
  duration_minutes: number;
  customer_id: string | null;
  customer_name: string;
  needs: string;
  notes: string;
  status: 'booked' | 'checked_in' | 'cancelled';
  visit_id: string | null;
  booked_by: string;
  booked_at: string;
}

export interface VisitTable {
  id: string;
  site_id: string;
  ticket: string;
  /** The London day the ticket belongs to: tickets are unique per site per day. */
  ticket_date: string;
  ticket_number: number;
  kind: 'walk_in' | 'appointment';
  appointment_id: string | null;
  appointment_at: string | null;
  arrived_at: string;
  /** The service being waited for or given now. */
  service_id: string;
  first_service_id: string;
  customer_id: string | null;
  customer_name: string | null;
  needs: string;
  state: 'waiting' | 'called' | 'in_service' | 'on_hold' | 'done' | 'left' | 'no_show';
  /** Orders the waiting list: longest effective wait first. */
  queue_since: string;
  first_seen_at: string | null;
  called_at: string | null;
  call_count: number;
  desk_id: string | null;
  staff_id: string | null;
  closed_at: string | null;
  checked_in_by: string;
  updated_at: string;
}

export interface VisitStretchTable {
  id: string;
  visit_id: string;
  state: string;
  service_id: string;
  desk_id: string | null;
  staff_id: string | null;
  started_at: string;
  ended_at: string | null;
}

export interface CorrespondenceTable {
  id: string;
  /** The council's reference given to the customer, e.g. `C-2026-000123`. */
  reference: string;
  channel: 'email' | 'web_form' | 'sms' | 'letter' | 'fax';
  received_at: string;
  /** London day of receipt: day 0 of the reply clock. */
  received_date: string;
  site_id: string;
  service_id: string;
  customer_id: string | null;
  sender_address: string | null;
  subject: string;
  sender_reference: string | null;
  reply_working_days: number;
  /** Due by the end of this London working day. */
  due_date: string;
  ack_due_date: string | null;
  acknowledged_at: string | null;
  assigned_to: string | null;
  department_id: string | null;
  redirect_contact: string | null;
  redirected_at: string | null;
  customer_told_at: string | null;
  status: 'open' | 'closed';
  responded_at: string | null;
  response_channel: string | null;
  responded_by: string | null;
  reopened_at: string | null;
  reopen_reason: string | null;
  logged_by: string;
  logged_at: string;
  updated_at: string;
}

export interface HoldingReplyTable {
  id: string;
  correspondence_id: string;
  sent_at: string;
  reason: string;
  expected_date: string;
  sent_by: string;
}

export interface ServiceStandardTable {
  id: string;
  name: string;
  subject: string;
  unit: 'seconds' | 'minutes' | 'working_hours' | 'working_days' | 'calendar_days';
  measure: 'share_within' | 'average_within';
  /** JSON: [{ percent, limit }] */
  thresholds: string;
  source: string;
  active: Generated<number>;
  sort_order: Generated<number>;
}

export interface HandOffTable {
  id: string;
  /** Given to the customer, e.g. `H-2026-000123`. */
  reference: string;
  contact_id: string | null;
  customer_id: string | null;
  service_id: string;
  department_id: string;
  standard_id: string | null;
  subject: string;
  details: Generated<string>;
  named_contact: string | null;
  escalation_contact: string | null;
  created_at: string;
  created_by: string;
  site_id: string;
  /** When the department's answer is due under the standard; null with no agreed standard. */
  due_at: string | null;
  status: HandOffStatus;
  status_at: string;
  status_note: string | null;
  resolved_at: string | null;
  origin: 'contact' | 'change_of_address';
}

export interface FeedbackTable {
  id: string;
  /** e.g. `F-2026-000123`. */
  reference: string;
  kind: FeedbackKind;
  customer_id: string | null;
  service_id: string;
  channel: string;
  received_at: string;
  summary: string;
  site_id: string;
  logged_by: string;
  /** Complaints only: the stage it has reached. */
  stage: ComplaintStage | null;
  status: 'open' | 'closed';
  updated_at: string;
  /** 1: about a named member of staff, seen only by leaders (0017, shared/api/access-rules.ts). */
  about_named_staff: Generated<number>;
}

export interface ComplaintStageTable {
  id: string;
  feedback_id: string;
  stage: ComplaintStage;
  started_at: string;
  /** Null for the ombudsman, whose timescale is not the council's. */
  due_at: string | null;
  /** Why the customer took it to this stage. */
  reason: string | null;
  responded_at: string | null;
  outcome: StageOutcome | 'escalated' | null;
  response: string | null;
}

export interface OfferRuleTable {
  id: string;
  trigger_service_id: string;
  offer: string;
  active: Generated<number>;
  sort_order: Generated<number>;
}

export interface ContactOfferTable {
  id: string;
  contact_id: string;
  rule_id: string;
  /** The offer's words when it was made, kept if the rule is later edited. */
  offer: string;
  response: 'offered' | 'accepted' | 'declined';
}

/** One call that reached the telephone queue: answered or abandoned. */
export interface CallTable {
  id: string;
  site_id: string;
  queued_at: string;
  answered_at: string | null;
  abandoned_at: string | null;
  staff_id: string | null;
  contact_id: string | null;
  source: 'adviser' | 'import';
  recorded_at: string;
  /** The import that brought it (migration 0009); null when an adviser recorded it. */
  import_id: string | null;
  duplicate_key: string | null;
  transferred: Generated<number>;
  transfer_reason: string | null;
}

/** A telephone system whose CSV columns were mapped once (migration 0009). */
export interface CallSourceTable {
  id: string;
  name: string;
  mapping: string;
  created_at: string;
  updated_at: string;
}

export interface CallImportTable {
  id: string;
  source_id: string;
  file_name: string;
  site_id: string;
  imported_at: string;
  imported_by: string;
  covers_from: string;
  covers_to: string;
  rows_read: number;
  imported: number;
  duplicates: number;
  skipped: number;
  undone_at: string | null;
  undone_by: string | null;
}

/** A short exit survey on one contact (NeSDS standard 17; migration 0010). */
export interface SatisfactionSurveyTable {
  id: string;
  contact_id: string;
  method: 'asked' | 'sent';
  sent_via: 'email' | 'sms' | 'letter' | 'telephone' | null;
  sent_at: string | null;
  responded_at: string | null;
  rating: number | null;
  could_have_done_more: 'yes' | 'no' | 'not_sure' | null;
  comment: Generated<string>;
  recorded_by: string;
  recorded_at: string;
  updated_at: string;
}

/** One point of the council's quality checklist (NeSDS standard 19; migration 0010). */
export interface QualityChecklistItemTable {
  id: string;
  text: string;
  active: Generated<number>;
  sort_order: Generated<number>;
  created_at: string;
}

/** A random sample of completed contacts for quality scoring (NeSDS standards 19, 20). */
export interface QualitySampleTable {
  id: string;
  period_from: string;
  period_to: string;
  site_id: string | null;
  fraction: number;
  seed: number;
  population: number;
  drawn_at: string;
  drawn_by: string;
}

export interface QualitySampleItemTable {
  id: string;
  sample_id: string;
  contact_id: string;
  staff_id: string;
  channel: string;
  position: number;
  scored_at: string | null;
  scored_by: string | null;
  comment: Generated<string>;
}

export interface QualityScoreTable {
  id: string;
  sample_item_id: string;
  checklist_item_id: string;
  item_text: string;
  result: 'met' | 'not_met' | 'not_applicable';
}

/**
 * Consecutive wrong passwords for a username as typed, lower-cased (migration 0012): kept in
 * the database so a restart does not reset them; deleted by a right password or an
 * administrator's unlock.
 */
export interface SignInFailureTable {
  username: string;
  failures: number;
  last_failure_at: string;
  /** No attempt is checked before this instant; null when none need wait. */
  retry_at: string | null;
}

/** What a security audit event records (migration 0012). */
export type AuditKind =
  | 'signed_in'
  | 'sign_in_failed'
  | 'sign_in_refused'
  | 'screen_unlocked'
  | 'screen_unlock_failed'
  | 'screen_unlock_refused'
  | 'password_changed'
  | 'password_change_failed'
  | 'password_change_refused'
  | 'account_locked'
  | 'account_unlocked'
  | 'signed_out'
  | 'session_ended'
  | 'staff_added'
  | 'password_reset'
  | 'staff_retired'
  | 'role_changed'
  // Data protection (migration 0015): a subject access export, an erasure, a retention run.
  | 'subject_access_exported'
  | 'customer_erased'
  | 'records_anonymised';

/** The security audit log: append-only; never holds a password or its hash. */
export interface AuditEventTable {
  /** UUIDv7: time-ordered. */
  id: string;
  at: string;
  kind: AuditKind;
  /** Who acted, when known: the person signing in, or the administrator who unlocked. */
  staff_id: string | null;
  /** The username tried, or the account acted on. */
  username: string | null;
  site_id: string | null;
  /** JSON: failures so far, until when, why. */
  detail: string | null;
}

/** The access log (0016): each look at personal data, who and when. Append-only. */
export interface AccessLogTable {
  /** UUIDv7: time-ordered. */
  id: string;
  at: string;
  staff_id: string;
  site_id: string;
  action: AccessAction;
  customer_id: string | null;
  /** The words searched, the record whose history was read, the file exported or printed. */
  subject: string;
}

export type AccessAction = 'opened_record' | 'searched' | 'read_history' | 'exported' | 'printed';

/** The latest finished duplicate check (0019), worked out by the reports worker. */
export interface DuplicateCheckTable {
  id: string;
  /** When the check was asked for: the register as it stood then. */
  checked_at: string;
  took_ms: number;
  /** Records compared (not merged, not anonymised). */
  customers: number;
  pairs: number;
  /** The change log's last rowid the check saw. */
  change_mark: number;
}

/** A pair of records that may be one person (0019), in the order a leader should see them. */
export interface DuplicateCandidateTable {
  check_id: string;
  rank: number;
  a_id: string;
  b_id: string;
  /** JSON array of reasons. */
  reasons: string;
}

/** Client mutation ids already written (0022): the same id again gets `result` back. */
export interface MutationTable {
  id: string;
  method: string;
  staff_id: string | null;
  at: string;
  result: string | null;
}

/** A form as someone was typing it (0023): their scratch, not a record. */
export interface DraftTable {
  staff_id: string;
  form: string;
  data: string;
  updated_at: string;
}

/** A waiting-area screen's key (migration 0026): only its hash is kept. */
export interface DisplayKeyTable {
  id: string;
  site_id: string;
  label: string;
  key_hash: string;
  created_by: string;
  created_at: string;
  last_used_at: string | null;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
}

/** A site's waiting-area screen settings (migration 0026); no row means the defaults. */
export interface DisplaySiteTable {
  /** The site's id. */
  id: string;
  sound_on_call: Generated<number>;
}

export interface Database {
  display_keys: DisplayKeyTable;
  display_sites: DisplaySiteTable;
  access_log: AccessLogTable;
  duplicate_checks: DuplicateCheckTable;
  duplicate_candidates: DuplicateCandidateTable;
  mutations: MutationTable;
  drafts: DraftTable;
  sites: SiteTable;
  departments: DepartmentTable;
  services: ServiceTable;
  interaction_types: InteractionTypeTable;
  teams: TeamTable;
  customer_types: CustomerTypeTable;
  staff: StaffTable;
  settings: SettingTable;
  contacts: ContactTable;
  change_log: ChangeLogTable;
  customers: CustomerTable;
  customer_markers: CustomerMarkerTable;
  desks: DeskTable;
  appointments: AppointmentTable;
  visits: VisitTable;
  visit_stretches: VisitStretchTable;
  correspondence: CorrespondenceTable;
  holding_replies: HoldingReplyTable;
  service_standards: ServiceStandardTable;
  customer_marker_views: CustomerMarkerViewTable;
  hand_offs: HandOffTable;
  feedback: FeedbackTable;
  complaint_stages: ComplaintStageTable;
  offer_rules: OfferRuleTable;
  contact_offers: ContactOfferTable;
  calls: CallTable;
  call_sources: CallSourceTable;
  call_imports: CallImportTable;
  satisfaction_surveys: SatisfactionSurveyTable;
  quality_checklist_items: QualityChecklistItemTable;
  quality_samples: QualitySampleTable;
  quality_sample_items: QualitySampleItemTable;
  quality_scores: QualityScoreTable;
  sign_in_failures: SignInFailureTable;
  sync_state: SyncStateTable;
  trim_guard: TrimGuardTable;
  sync_problems: SyncProblemTable;
  number_blocks: NumberBlockTable;
  audit_events: AuditEventTable;
}

export type Contact = Selectable<ContactTable>;
export type NewContact = Insertable<ContactTable>;
export type NewSatisfactionSurvey = Insertable<SatisfactionSurveyTable>;
export type Staff = Selectable<StaffTable>;
export type Site = Selectable<SiteTable>;
export type Visit = Selectable<VisitTable>;
export type Desk = Selectable<DeskTable>;
export type Correspondence = Selectable<CorrespondenceTable>;

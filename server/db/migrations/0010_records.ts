// Frozen once landed: never edit; add a new migration instead.
// The council's records as every desk holds them (issue 23, "council-wide figures"): a table in
// the `records` schema for each table desks sync (db/queries/sync/synced-tables.ts), with the
// desk's column names and the same values: instants as ISO 8601 UTC text, booleans as 0/1,
// JSON as text, and text compared byte by byte (collation "C", as SQLite compares it), so the
// desk's report queries run here unchanged (db/engine holds the few
// expressions the two engines write differently). Each row is the current state the shared
// conflict rules give from every change the server holds, kept as pushes are applied
// (server/records/project.ts); being derived, it can always be rebuilt from `changes`. Column
// defaults as on the desk (a row made there without them takes them here too); no other
// constraints: a desk's rules were checked where the change was made. A staff account's
// password hash never travels, so it has no column. The desk's indexes come along, unique ones
// as plain indexes. Generated from the desk's schema at migration 0027; the test
// server/records-tables.test.ts fails if a desk migration adds a column that is not here.
import { sql, type Kysely } from 'kysely';

const TABLES: Record<string, string> = {
  access_log:
    'id text primary key, at text, staff_id text, site_id text, action text, customer_id text, subject text',
  appointments:
    "id text primary key, site_id text, service_id text, starts_at text, duration_minutes bigint, customer_id text, customer_name text, needs text default '{}', notes text default '', status text, visit_id text, booked_by text, booked_at text",
  audit_events:
    'id text primary key, at text, kind text, staff_id text, username text, site_id text, detail text',
  call_imports:
    'id text primary key, source_id text, file_name text, site_id text, imported_at text, imported_by text, covers_from text, covers_to text, rows_read bigint, imported bigint, duplicates bigint, skipped bigint, undone_at text, undone_by text',
  call_sources: 'id text primary key, name text, mapping text, created_at text, updated_at text',
  calls:
    'id text primary key, site_id text, queued_at text, answered_at text, abandoned_at text, staff_id text, contact_id text, source text, recorded_at text, import_id text, duplicate_key text, transferred bigint default 0, transfer_reason text',
  complaint_stages:
    'id text primary key, feedback_id text, stage text, started_at text, due_at text, reason text, responded_at text, outcome text, response text',
  contact_offers: 'id text primary key, contact_id text, rule_id text, offer text, response text',
  contacts:
    "id text primary key, channel text, direction text, service_id text, interaction_type_id text, customer_type_id text, customer_id text, outcome text, department_id text, partner_name text, notes text default '', started_at text, ended_at text, staff_id text, site_id text, recorded_at text, updated_at text, visit_id text, identity_check text default 'not_needed', repeated bigint default 0, voided_at text, voided_by text, void_reason text",
  correspondence:
    'id text primary key, reference text, channel text, received_at text, received_date text, site_id text, service_id text, customer_id text, sender_address text, subject text, sender_reference text, reply_working_days bigint, due_date text, ack_due_date text, acknowledged_at text, assigned_to text, department_id text, redirect_contact text, redirected_at text, customer_told_at text, status text, responded_at text, response_channel text, responded_by text, reopened_at text, reopen_reason text, logged_by text, logged_at text, updated_at text',
  customer_marker_views:
    'id text primary key, marker_id text, customer_id text, staff_id text, viewed_at text, context text',
  customer_markers:
    'id text primary key, customer_id text, kind text, reason text, review_date text, set_by text, set_at text, removed_at text',
  customer_types:
    'id text primary key, name text, code text, is_anonymous bigint default 0, active bigint default 1, sort_order bigint default 0',
  customers:
    "id text primary key, kind text, display_name text, first_name text, last_name text, organisation_name text, postcode text, phone text, email text, date_of_birth text, preferred_language text, needs text default '{}', created_at text, updated_at text, title text, address_line1 text, address_line2 text, town text, preferred_channel text, council_reference text, merged_into text, name_keys text, contact_consent bigint default 0, anonymised_at text",
  departments:
    'id text primary key, name text, contact_name text, contact_email text, escalation_contact text, active bigint default 1',
  desks:
    "id text primary key, site_id text, name text, service_ids text default '[]', is_open bigint default 0, staff_id text, opened_at text, presence text default 'present'",
  duplicate_candidates:
    'check_id text, rank bigint, a_id text, b_id text, reasons text, primary key (check_id, rank)',
  duplicate_checks:
    'id text primary key, checked_at text, took_ms bigint, customers bigint, pairs bigint, change_mark bigint',
  feedback:
    'id text primary key, reference text, kind text, customer_id text, service_id text, channel text, received_at text, summary text, site_id text, logged_by text, stage text, status text, updated_at text, about_named_staff bigint default 0',
  hand_offs:
    "id text primary key, reference text, contact_id text, customer_id text, service_id text, department_id text, standard_id text, subject text, details text default '', named_contact text, escalation_contact text, created_at text, created_by text, site_id text, due_at text, status text, status_at text, status_note text, resolved_at text, origin text",
  holding_replies:
    'id text primary key, correspondence_id text, sent_at text, reason text, expected_date text, sent_by text',
  interaction_types:
    'id text primary key, name text, bvpi157 bigint default 0, active bigint default 1, sort_order bigint default 0',
  offer_rules:
    'id text primary key, trigger_service_id text, offer text, active bigint default 1, sort_order bigint default 0',
  quality_checklist_items:
    'id text primary key, text text, active bigint default 1, sort_order bigint default 0, created_at text',
  quality_sample_items:
    "id text primary key, sample_id text, contact_id text, staff_id text, channel text, position bigint, scored_at text, scored_by text, comment text default ''",
  quality_samples:
    'id text primary key, period_from text, period_to text, site_id text, fraction double precision, seed bigint, population bigint, drawn_at text, drawn_by text',
  quality_scores:
    'id text primary key, sample_item_id text, checklist_item_id text, item_text text, result text',
  satisfaction_surveys:
    "id text primary key, contact_id text, method text, sent_via text, sent_at text, responded_at text, rating bigint, could_have_done_more text, comment text default '', recorded_by text, recorded_at text, updated_at text",
  service_standards:
    "id text primary key, name text, subject text, unit text, measure text, thresholds text, source text default '', active bigint default 1, sort_order bigint default 0",
  services:
    'id text primary key, name text, department_id text, active bigint default 1, sort_order bigint default 0, reply_working_days bigint, hand_off_standard_id text',
  settings: 'key text primary key, value text',
  sites:
    'id text primary key, name text, kind text, ticket_prefix text, opening_hours text, active bigint default 1, sort_order bigint default 0',
  staff:
    'id text primary key, username text, display_name text, role text, home_site_id text, team text, active bigint default 1, created_at text, must_change_password bigint default 0',
  teams: 'id text primary key, name text, active bigint default 1, sort_order bigint default 0',
  visit_stretches:
    'id text primary key, visit_id text, state text, service_id text, desk_id text, staff_id text, started_at text, ended_at text',
  visits:
    "id text primary key, site_id text, ticket text, ticket_date text, ticket_number bigint, kind text, appointment_id text, appointment_at text, arrived_at text, service_id text, first_service_id text, customer_id text, customer_name text, needs text default '{}', state text, queue_since text, first_seen_at text, called_at text, call_count bigint default 0, desk_id text, staff_id text, closed_at text, checked_in_by text, updated_at text",
};
const INDEXES = [
  `create index "access_log_at" on "access_log" ("at")`,
  `create index "access_log_customer" on "access_log" ("customer_id", "at")`,
  `create index "appointments_customer" on "appointments" ("customer_id")`,
  `create index "appointments_site_start" on "appointments" ("site_id", "starts_at")`,
  `create index "audit_events_at" on "audit_events" ("at")`,
  `create index "audit_events_staff" on "audit_events" ("staff_id", "at")`,
  `create index "audit_events_username" on "audit_events" ("username", "at")`,
  `create index "calls_contact" on "calls" ("contact_id")`,
  `create index "calls_duplicate_key" on "calls" ("site_id", "duplicate_key") where "duplicate_key" is not null`,
  `create index "calls_from_switch" on "calls" ("queued_at", "site_id", "staff_id") where "source" = 'import'`,
  `create index "calls_import" on "calls" ("import_id")`,
  `create index "calls_imported_hours" on "calls" ("site_id", "queued_at") where "import_id" is not null`,
  `create index "calls_stats" on "calls" ("queued_at", "answered_at", "abandoned_at", "site_id", "staff_id")`,
  `create index "complaint_stages_feedback" on "complaint_stages" ("feedback_id")`,
  `create index "contact_offers_contact" on "contact_offers" ("contact_id")`,
  `create index "contacts_customer_service_started" on "contacts" ("customer_id", "service_id", "started_at")`,
  `create index "contacts_customer_started" on "contacts" ("customer_id", "started_at")`,
  `create index "contacts_site_started" on "contacts" ("site_id", "started_at")`,
  `create index "contacts_staff_started" on "contacts" ("staff_id", "started_at")`,
  `create index "contacts_started_at" on "contacts" ("started_at")`,
  `create index "contacts_stats" on "contacts" ("started_at", "direction", "outcome", "repeated", "channel", "site_id", "staff_id", "service_id", "interaction_type_id", "customer_type_id", "voided_at")`,
  `create index "contacts_visit" on "contacts" ("visit_id")`,
  `create index "contacts_voided" on "contacts" ("voided_at") where "voided_at" is not null`,
  `create index "correspondence_customer" on "correspondence" ("customer_id")`,
  `create index "correspondence_open_due" on "correspondence" ("status", "due_date")`,
  `create index "correspondence_received" on "correspondence" ("received_at")`,
  `create index "correspondence_responded" on "correspondence" ("responded_at", "due_date", "site_id", "responded_by", "assigned_to")`,
  `create index "customer_marker_views_seen" on "customer_marker_views" ("marker_id", "staff_id", "viewed_at")`,
  `create index "customer_markers_customer" on "customer_markers" ("customer_id")`,
  `create index customers_birth_names on customers (date_of_birth, last_name, first_name, id) where date_of_birth is not null and last_name is not null and merged_into is null and anonymised_at is null`,
  `create index customers_email_address on customers (lower(email), id) where email is not null and merged_into is null and anonymised_at is null`,
  `create index customers_phone_number on customers (replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+44', '0'), id) where phone is not null and merged_into is null and anonymised_at is null`,
  `create index "customers_postcode" on "customers" ("postcode")`,
  `create index customers_postcode_names on customers (postcode, last_name, first_name, id) where postcode is not null and last_name is not null and merged_into is null and anonymised_at is null`,
  `create index "customers_reference" on "customers" ("council_reference") where "council_reference" is not null`,
  `create index "feedback_customer" on "feedback" ("customer_id")`,
  `create index "feedback_received" on "feedback" ("received_at", "service_id")`,
  `create index "hand_offs_created" on "hand_offs" ("created_at")`,
  `create index "hand_offs_customer" on "hand_offs" ("customer_id")`,
  `create index "hand_offs_open" on "hand_offs" ("status", "due_at")`,
  `create index "hand_offs_resolved" on "hand_offs" ("resolved_at", "created_at", "standard_id", "site_id", "created_by")`,
  `create index "holding_replies_item" on "holding_replies" ("correspondence_id")`,
  `create index "holding_replies_sent" on "holding_replies" ("sent_at")`,
  `create index "quality_sample_items_contact" on "quality_sample_items" ("contact_id")`,
  `create index "quality_sample_items_staff" on "quality_sample_items" ("staff_id", "scored_at")`,
  `create index "satisfaction_surveys_awaiting" on "satisfaction_surveys" ("sent_at") where "responded_at" is null`,
  `create index "satisfaction_surveys_responded" on "satisfaction_surveys" ("responded_at", "contact_id")`,
  `create index "visit_stretches_visit" on "visit_stretches" ("visit_id")`,
  `create index "visits_arrived" on "visits" ("arrived_at")`,
  `create index "visits_customer" on "visits" ("customer_id")`,
  `create index "visits_site_arrived" on "visits" ("site_id", "arrived_at")`,
  `create index "visits_site_state" on "visits" ("site_id", "state")`,
  `create index "visits_stats" on "visits" ("arrived_at", "first_seen_at", "appointment_at", "state", "site_id", "staff_id")`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create schema records`.execute(db);
  for (const [table, columns] of Object.entries(TABLES)) {
    // Text compares and sorts byte by byte, as on SQLite: instants as text, names in a list.
    const bytewise = columns.replace(/(^|, )(\w+) text\b/g, '$1$2 text collate "C"');
    await sql.raw(`create table records.${table} (${bytewise})`).execute(db);
  }
  // Indexes are created in the table's schema; the statements name the tables bare.
  await sql`set local search_path = records`.execute(db);
  for (const statement of INDEXES) await sql.raw(statement).execute(db);
  await sql`set local search_path = public`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop schema records cascade`.execute(db);
}

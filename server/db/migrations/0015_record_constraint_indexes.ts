// Frozen once landed: never edit; add a new migration instead.
// The indexes SQLite makes for a desk's unique constraints, as plain indexes on the council's
// records (issue 23). Migration 0010 brought the desk's CREATE INDEX statements but not these,
// which SQLite builds unseen for `unique (...)` in a table's definition. The reports' plans
// count on them: without quality_scores' one, PostgreSQL read all 1.2 million scores of the
// large council to find a month's 2,700 sampled contacts' scores (a month's quality results
// and NeSDS evidence). Plain, not unique, as 0010 keeps the desk's unique indexes: a desk's
// rules were checked where the change was made. server/records-tables.test.ts fails if a desk
// index has no index on the same columns here.
import { sql, type Kysely } from 'kysely';

const INDEXES: [name: string, table: string, columns: string[]][] = [
  ['call_sources_name', 'call_sources', ['name']],
  ['correspondence_reference', 'correspondence', ['reference']],
  ['customer_types_code', 'customer_types', ['code']],
  ['customer_types_name', 'customer_types', ['name']],
  ['departments_name', 'departments', ['name']],
  ['desks_site_name', 'desks', ['site_id', 'name']],
  ['feedback_reference', 'feedback', ['reference']],
  ['hand_offs_reference', 'hand_offs', ['reference']],
  ['interaction_types_name', 'interaction_types', ['name']],
  ['quality_sample_items_sample_contact', 'quality_sample_items', ['sample_id', 'contact_id']],
  ['quality_scores_item', 'quality_scores', ['sample_item_id', 'checklist_item_id']],
  ['services_name', 'services', ['name']],
  ['sites_name', 'sites', ['name']],
  ['staff_username', 'staff', ['username']],
  ['teams_name', 'teams', ['name']],
  ['visits_ticket', 'visits', ['site_id', 'ticket_date', 'ticket_number']],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, table, columns] of INDEXES) {
    await sql`create index ${sql.id(name)} on ${sql.id('records', table)} (${sql.join(
      columns.map((c) => sql.id(c)),
    )})`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name] of INDEXES) await sql`drop index ${sql.id('records', name)}`.execute(db);
}

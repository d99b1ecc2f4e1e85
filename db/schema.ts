// The Kysely Database interface. Columns with defaults use Generated<>, nullable columns
// are `T | null`. SQLite stores booleans as 0/1: convert before values reach shared/ types.
// Instants are ISO 8601 UTC strings (sortable as text); JSON columns are TEXT.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

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
  active: Generated<number>;
  sort_order: Generated<number>;
}

export interface InteractionTypeTable {
  id: string;
  name: string;
  /** 1 for the eight BVPI 157 interaction types; 0 for the council's own. */
  bvpi157: number;
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
  role: 'adviser' | 'team_leader' | 'administrator';
  home_site_id: string;
  team: string | null;
  /** `scrypt$N$r$p$salt$hash` (base64 parts): the parameters travel with the hash. */
  password_hash: string;
  active: Generated<number>;
  created_at: string;
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
}

export interface Database {
  sites: SiteTable;
  departments: DepartmentTable;
  services: ServiceTable;
  interaction_types: InteractionTypeTable;
  customer_types: CustomerTypeTable;
  staff: StaffTable;
  settings: SettingTable;
  contacts: ContactTable;
  change_log: ChangeLogTable;
}

export type Contact = Selectable<ContactTable>;
export type NewContact = Insertable<ContactTable>;
export type ContactUpdate = Updateable<ContactTable>;
export type Staff = Selectable<StaffTable>;
export type NewStaff = Insertable<StaffTable>;
export type Site = Selectable<SiteTable>;
export type NewSite = Insertable<SiteTable>;
export type ChangeLogRow = Selectable<ChangeLogTable>;

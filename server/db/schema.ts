// The council server's tables as Kysely sees them (migrations in ./migrations say why each
// exists). PostgreSQL's bigint comes back from `pg` as a string, because a JavaScript number
// loses precision past 2^53; the helpers that read one turn it into a bigint.
import type { ColumnType, Generated, RawBuilder } from 'kysely';

/** A bigint column: read as a decimal string, written as any integer form. */
export type Int8 = ColumnType<string, string | number | bigint, string | number | bigint>;
/** A timestamptz column with a default of now(). */
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** A timestamptz column that is set later (null until then). */
export type LaterAt = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;

export interface CouncilVersionTable {
  /** Always true: the check constraint allows one row only. */
  id: Generated<boolean>;
  version: ColumnType<string, string | number | bigint | undefined, string | number | bigint>;
}

export interface DeskTable {
  id: string;
  site_id: string;
  name: string;
  secret_hash: string;
  enrolled_at: CreatedAt;
  retired_at: LaterAt;
  /** The desk's place among its site's desks (1, 2, ...): its tickets carry its letter. */
  issuing_point: number;
  /** The short code its references carry (shared/sync/numbers.ts siteCodeOf); null on desks
   * enrolled before sites were resolved, whose site_id is that code. */
  site_code: ColumnType<string | null, string | null | undefined, string | null>;
  /** When it last pulled (migration 0012): kept to the nearest quarter of a minute. */
  last_seen_at: ColumnType<Date | null, never, Date | null>;
}

export interface NumberLeaseTable {
  /** e.g. `C-2026-TH`: a kind of reference, a year and a site. */
  series: string;
  first: Int8;
  last: Int8;
  desk_id: string;
  leased_at: CreatedAt;
}

export interface EnrolmentCodeTable {
  code_hash: string;
  site_id: string;
  created_by: string;
  created_at: CreatedAt;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  used_at: LaterAt;
  used_by_desk: string | null;
}

export interface MutationTable {
  id: string;
  desk_id: string;
  applied_at: CreatedAt;
}

import type { ChangeOp } from '../../shared/sync/wire';

export type { ChangeOp };

export interface ChangeTable {
  version: Int8;
  mutation_id: string;
  desk_id: string;
  staff_id: string;
  hlc: string;
  entity: string;
  entity_id: string;
  op: ChangeOp;
  /** Read back as parsed JSON; written as a JSON string (pg sends objects as JSON too). */
  data: ColumnType<unknown, string | null, string | null>;
  applied_at: CreatedAt;
}

export interface StaffAccountTable {
  staff_id: string;
  username: string;
  role: string | null;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  password_hash: string | null;
  password_hlc: string | null;
  desk_id: string;
}

/** The council this server holds: one row, written by the first desk that joins holding one. */
export interface CouncilTable {
  id: Generated<boolean>;
  council_id: string;
  name: string;
  founded_at: CreatedAt;
  founded_by_desk: string;
}

/** Which customer went into which (migration 0006): the latest merge of each by clock. */
export interface CustomerMergeTable {
  customer_id: string;
  merged_into: string;
  hlc: string;
}

/** Which row of a customer's linked tables points at which customer now (migration 0006). */
export interface CustomerLinkTable {
  entity: string;
  entity_id: string;
  customer_id: string | null;
  hlc: string;
}

/** A call the server granted a desk (migration 0008), until the visit next changes. */
export interface QueueStepTable {
  /** 'visits' or 'appointments'. */
  entity: string;
  record_id: string;
  to_state: string;
  service_desk_id: string | null;
  service_desk_name: string | null;
  desk_id: string;
  after_version: Int8;
  /** Set by the database; set again when a step is granted anew. */
  granted_at: ColumnType<Date, never, RawBuilder<Date>>;
}

export interface ServerDatabase {
  council: CouncilTable;
  council_version: CouncilVersionTable;
  customer_links: CustomerLinkTable;
  customer_merges: CustomerMergeTable;
  desks: DeskTable;
  enrolment_codes: EnrolmentCodeTable;
  mutations: MutationTable;
  changes: ChangeTable;
  number_leases: NumberLeaseTable;
  queue_steps: QueueStepTable;
  records_projected: { id: number; version: Int8 };
  staff_accounts: StaffAccountTable;
}

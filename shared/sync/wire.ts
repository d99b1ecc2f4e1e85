// What GET /sync/pull answers, written once for the council server that sends it and the
// desk that applies it.

export type ChangeOp = 'create' | 'update' | 'delete';

/**
 * Who made a change the desk wrote with no one signed in (first-run setup under a mutation
 * id). The server needs a name; this one says plainly that no member of staff made it.
 */
export const NO_STAFF = 'system';

export interface PulledChange {
  /** A decimal string: a bigint, which a JSON number cannot carry exactly. */
  version: string;
  mutationId: string;
  /** The server's id of the desk that made the change. */
  deskId: string;
  staffId: string;
  hlc: string;
  entity: string;
  entityId: string;
  op: ChangeOp;
  /** The fields the change set (all of a created row); null for a delete. */
  data: unknown;
}

export interface PullPage {
  changes: PulledChange[];
  /** Where the next pull starts: the last version in this page (or `after` if it is empty). */
  cursor: string;
  /** True when changes after this page were already committed when it was read. */
  more: boolean;
}

/**
 * What a PC joining the council server says it holds (POST /enrol): the council it was set up
 * as (its id, name and sites), or null for a new PC with no records, which takes the council's
 * lists, staff and records from the server.
 */
export type DeskHolds = {
  councilId: string;
  councilName: string;
  sites: readonly { id: string; name: string }[];
} | null;

/**
 * POST /queue/step's and /queue/check-in's answer (issue 22): whether this desk may take the
 * step (call, start, finish…) or check the appointment in.
 */
export type StepAnswer =
  | { status: 'granted' }
  /** The server holds nothing of the visit yet (its check-in or booking has not reached it). */
  | { status: 'unknown' }
  | { status: 'refused'; reason: string };

/** What a desk makes of asking: the server's answer, or that it could not ask. */
export type StepCheck =
  | StepAnswer
  /** Joined to a server it cannot reach now: it calls only visitors checked in here. */
  | { status: 'unreachable' }
  /** A single desk: no server to ask. */
  | { status: 'single' };

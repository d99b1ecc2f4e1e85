// The conflict rules' data (issue 21, "Conflict rules"): how far each state has gone, which
// field records a merge, and the words a desk shows when one of its own writes did not stand.
// Written once here so the desk, the council server and the simulation agree on every rank.

/** The ranks of one state field's values: a write may not move it to a lower rank. */
export interface FieldRanks {
  /** The rank of each named value. */
  readonly values: Readonly<Record<string, number>>;
  /** The rank of null, where null is itself a state (feedback not yet at any stage). */
  readonly ofNull?: number;
  /** The rank of any other non-null value (a merge names whichever record it went into). */
  readonly ofAnyOther?: number;
}

/**
 * Rule 3, "states only move forward", as ranks per entity and field. Values of equal rank move
 * freely by hlc (rule 1): visitors are legitimately recalled and requeued, so waiting, called,
 * in_service and on_hold share a rank, while a finished visit is never reopened by a late call.
 */
export const STATE_RANKS: Readonly<Record<string, Readonly<Record<string, FieldRanks>>>> = {
  visits: {
    state: {
      values: { waiting: 0, called: 0, in_service: 0, on_hold: 0, done: 1, left: 1, no_show: 1 },
    },
  },
  hand_offs: { status: { values: { open: 0, accepted: 1, resolved: 2, returned: 2 } } },
  feedback: { stage: { values: { stage_1: 1, stage_2: 2, ombudsman: 3 }, ofNull: 0 } },
  appointments: { status: { values: { booked: 0, checked_in: 1, cancelled: 1 } } },
  // A merge is never undone by a late edit, nor an erasure (UK GDPR Article 17).
  customers: {
    merged_into: { values: {}, ofNull: 0, ofAnyOther: 1 },
    anonymised_at: { values: {}, ofNull: 0, ofAnyOther: 1 },
  },
};

/**
 * Rule 4 again, "an erasure beats later edits": the field that, once set, freezes the record as
 * erased. A desk refuses to fill in an anonymised record again (electron/api/data-protection/
 * anonymised.ts); an edit saved on a desk that had not yet heard of the erasure must not bring
 * back what the council removed either. Only a merge of the record may still follow.
 */
export const ERASURE_FIELDS: Readonly<Record<string, string>> = { customers: 'anonymised_at' };

/** Why an erasure dropped this desk's later edit. */
export function erasedRecordReason(entity: string, erasedOnThisDesk: boolean): string {
  return erasedOnThisDesk
    ? `This ${noun(entity)}'s personal details had been erased; the edit was not kept.`
    : `This ${noun(entity)}'s personal details had been erased on another desk; the edit was not kept.`;
}

/** Rule 4, "a merge beats later edits": the field that, once non-null, freezes the record. */
export const MERGE_FIELDS: Readonly<Record<string, string>> = { customers: 'merged_into' };

function ownRanks(entity: string, field: string): FieldRanks | undefined {
  const byField = Object.hasOwn(STATE_RANKS, entity) ? STATE_RANKS[entity] : undefined;
  return byField && Object.hasOwn(byField, field) ? byField[field] : undefined;
}

/**
 * A value's rank under rule 3, or undefined when the field is not a state or the value is not
 * one the table knows (the schema's checks allow no others; such a write falls back to rule 1).
 */
export function rankOf(entity: string, field: string, value: unknown): number | undefined {
  const ranks = ownRanks(entity, field);
  if (!ranks) return undefined;
  if (value === null) return ranks.ofNull;
  if (typeof value === 'string' && Object.hasOwn(ranks.values, value)) return ranks.values[value];
  return value === undefined ? undefined : ranks.ofAnyOther;
}

/** True when rule 3 lets `field` move from `current` to `wanted` (equal rank: later wins). */
export function movesForward(
  entity: string,
  field: string,
  current: unknown,
  wanted: unknown,
): boolean {
  const from = rankOf(entity, field, current);
  const to = rankOf(entity, field, wanted);
  return from === undefined || to === undefined || to >= from;
}

/** What an adviser calls each entity's row, for the words below. */
const ENTITY_NOUNS: Readonly<Record<string, string>> = {
  visits: 'visit',
  hand_offs: 'hand-off',
  feedback: 'feedback',
  appointments: 'appointment',
  customers: 'customer',
};

function noun(entity: string): string {
  return Object.hasOwn(ENTITY_NOUNS, entity) ? ENTITY_NOUNS[entity]! : 'record';
}

/** `in_service` reads "in service", `stage_2` "stage 2". */
function stateWords(value: unknown): string {
  return typeof value === 'string' ? value.replaceAll('_', ' ') : String(value);
}

/** Why rule 3 refused this desk's write, naming the state the row keeps. */
export function refusedStepReason(
  entity: string,
  field: string,
  kept: unknown,
  keptFromThisDesk: boolean,
): string {
  if (ERASURE_FIELDS[entity] === field) {
    return keptFromThisDesk
      ? `This ${noun(entity)}'s personal details had already been erased; they stay erased.`
      : `Another desk had already erased this ${noun(entity)}'s personal details; they stay erased.`;
  }
  if (MERGE_FIELDS[entity] === field) {
    return keptFromThisDesk
      ? `This ${noun(entity)} had already been merged into another record; it stays merged.`
      : `Another desk had already merged this ${noun(entity)} into another record; it stays merged.`;
  }
  const state = stateWords(kept);
  return keptFromThisDesk
    ? `This ${noun(entity)} had already moved to ${state}; it stays ${state}.`
    : `Another desk had already moved this ${noun(entity)} to ${state}; it stays ${state}.`;
}

/** Why rule 4 dropped this desk's edit to a record merged before it. */
export function mergedRecordReason(entity: string, mergedOnThisDesk: boolean): string {
  return mergedOnThisDesk
    ? `This ${noun(entity)} had been merged into another record; the edit was not kept.`
    : `This ${noun(entity)} had been merged into another record on another desk; the edit was not kept.`;
}

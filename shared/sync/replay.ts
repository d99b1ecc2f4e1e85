// Recomputes one entity row from its whole change log (issue 21, "Conflict rules"). Desks
// receive each other's changes in any order, so rather than patch a row as changes arrive, a
// desk keeps every entry and folds them all, sorted by hlc: the same set of entries gives the
// same row on every desk and on the server, whatever order they came in. Pure TypeScript.
import {
  ERASURE_FIELDS,
  erasedRecordReason,
  MERGE_FIELDS,
  mergedRecordReason,
  movesForward,
  refusedStepReason,
} from './replay-rules';

export { STATE_RANKS, rankOf } from './replay-rules';

/** One change to one entity row, as a desk's change log holds it. */
export interface HistoryEntry {
  hlc: string;
  action: 'create' | 'update' | 'delete';
  /** The whole row for a create, the changed fields for an update, null for a delete. */
  after: Record<string, unknown> | null;
  fromThisDesk: boolean;
  mutationId: string;
}

/** One field of this desk's own write that the conflict rules did not let stand. */
export interface Overtaken {
  mutationId: string;
  hlc: string;
  field: string;
  wanted: unknown;
  kept: unknown;
  reason: string;
}

export interface Replayed {
  /** True once any delete is in the history: a tombstone, final (later updates and creates are ignored). */
  deleted: boolean;
  /** True when a create is in the history (before any delete). */
  created: boolean;
  /** The value of every field any applied entry set (only fields mentioned in the history). */
  fields: Record<string, unknown>;
  /** This desk's own writes that the rules did not let stand (reported to the adviser), in hlc order. */
  overtaken: Overtaken[];
}

export interface ReplayOptions {
  /** Fields the log keeps only as a placeholder (a password hash): never written from it. */
  neverReplayed?: readonly string[];
}

/**
 * The entries in hlc order, each once. Distinct entries never share an hlc, but the mutation
 * id settles a tie anyway so the order never depends on arrival; a desk may hold the same entry
 * twice after a crash mid-pull, and replaying it twice must change nothing.
 */
function inReplayOrder(entries: readonly HistoryEntry[]): HistoryEntry[] {
  // Plain string order, not localeCompare: HLC texts are built so that it is the clock's order.
  const before = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...entries].sort(
    (a, b) => before(a.hlc, b.hlc) || before(a.mutationId, b.mutationId),
  );
  return sorted.filter(
    (entry, i) =>
      i === 0 || entry.hlc !== sorted[i - 1]!.hlc || entry.mutationId !== sorted[i - 1]!.mutationId,
  );
}

/** Folds an entity row's history into the row it describes, under issue 21's conflict rules. */
export function replay(
  entity: string,
  entries: readonly HistoryEntry[],
  options: ReplayOptions = {},
): Replayed {
  const neverReplayed = new Set(options.neverReplayed ?? []);
  const mergeField = Object.hasOwn(MERGE_FIELDS, entity) ? MERGE_FIELDS[entity] : undefined;
  const erasureField = Object.hasOwn(ERASURE_FIELDS, entity) ? ERASURE_FIELDS[entity] : undefined;
  // A Map, not an object, so that a column named like Object's own properties is just a name.
  const fields = new Map<string, unknown>();
  // Whether each field's current value came from this desk: the refusal's words say who moved it.
  const setHere = new Map<string, boolean>();
  const overtaken: Overtaken[] = [];
  let deleted = false;
  let created = false;

  const refuse = (entry: HistoryEntry, field: string, wanted: unknown, reason: string) => {
    // Only this desk's own writes are reported: another desk reports its own.
    if (entry.fromThisDesk) {
      const { mutationId, hlc } = entry;
      overtaken.push({ mutationId, hlc, field, wanted, kept: fields.get(field), reason });
    }
  };

  for (const entry of inReplayOrder(entries)) {
    // Rule 2, deletes are tombstones: final, and whatever follows is ignored, unreported (the
    // row is gone, so there is nothing an adviser could do about it).
    if (entry.action === 'delete') {
      deleted = true;
      break;
    }
    if (entry.action === 'create') created = true;
    // Rule 4, a merge beats later edits: judged on the row as it stood before this entry, so
    // the merging entry's own other fields stand.
    const mergedBefore = mergeField !== undefined && fields.get(mergeField) != null;
    const mergedHere = mergeField !== undefined && setHere.get(mergeField) === true;
    // Rule 4 again, an erasure beats later edits, judged the same way: a merge may follow.
    const erasedBefore = erasureField !== undefined && fields.get(erasureField) != null;
    const erasedHere = erasureField !== undefined && setHere.get(erasureField) === true;

    // Rule 5: each field is judged on its own, so a refused state step does not cost the
    // same entry's other fields (rule 4 aside, which drops them all).
    for (const [field, wanted] of Object.entries(entry.after ?? {})) {
      // Rule 6: placeholders are never written from the log.
      if (neverReplayed.has(field)) continue;
      if (mergedBefore && field !== mergeField) {
        refuse(entry, field, wanted, mergedRecordReason(entity, mergedHere));
        continue;
      }
      if (erasedBefore && field !== erasureField && field !== mergeField) {
        // Blanking an erased record again (a later retention run) loses nothing to report.
        if (!Object.is(fields.get(field), wanted)) {
          refuse(entry, field, wanted, erasedRecordReason(entity, erasedHere));
        }
        continue;
      }
      // Rule 3, states only move forward by rank (the merge field included).
      if (fields.has(field) && !movesForward(entity, field, fields.get(field), wanted)) {
        const reason = refusedStepReason(entity, field, fields.get(field), setHere.get(field)!);
        refuse(entry, field, wanted, reason);
        continue;
      }
      // Rule 1, last writer wins per field: entries come in hlc order, so the latest stands.
      fields.set(field, wanted);
      setHere.set(field, entry.fromThisDesk);
    }
  }

  return { deleted, created, fields: Object.fromEntries(fields), overtaken };
}

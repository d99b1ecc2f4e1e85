// The outbox in the server's terms (issue 21): change-log entries grouped by mutation, given
// hybrid-clock times, and packed into push batches. A mutation is the server's unit (it
// answers "already applied" to any later change of a mutation it has seen), so a batch
// always carries whole mutations: splitting one would lose the rows sent second.
import type { OutboxEntry } from '../../db/queries/sync/outbox';
import { formatHlc, startHlc, tick, MAX_COUNTER, type Hlc } from '../../shared/sync/hlc';

import { MAX_MUTATION_CHANGES, MAX_PUSH_BATCH } from '../../shared/sync/limits';
import { plural } from '../../shared/words';
import { NO_STAFF } from '../../shared/sync/wire';

export { MAX_MUTATION_CHANGES, MAX_PUSH_BATCH };

/** One change as POST /sync/push takes it. */
export interface PushChange {
  mutationId: string;
  hlc: string;
  staffId: string;
  entity: string;
  entityId: string;
  op: 'create' | 'update' | 'delete';
  /** The fields the change set; null for a delete (the server keeps it as a tombstone). */
  data: Record<string, unknown> | null;
  /** A staff change that set a password: the hash, which the server keeps apart. */
  verifier?: string;
}

export interface OutboxMutation {
  id: string;
  /** Its entries in log order, each with the change it is sent as. */
  entries: { entry: OutboxEntry; change: PushChange }[];
}

/**
 * Where this push's clock starts: just past the last shipped entry's millisecond (its
 * counter is not kept on the desk yet, so the whole millisecond is taken as used), or the
 * start of time on a desk that has shipped nothing.
 */
export function clockAfter(deskId: string, lastShippedAt: string | undefined): Hlc {
  if (lastShippedAt === undefined) return startHlc(deskId);
  return { wallMs: Date.parse(lastShippedAt), counter: MAX_COUNTER, deskId };
}

/**
 * Groups entries (in log order) into mutations, ordered by each one's first entry, and gives
 * every change its clock time: the entry's `at`, on a clock that never goes back, so entries
 * of one millisecond get rising counters. Returns the clock as it is after the last one.
 */
export function toMutations(
  entries: readonly OutboxEntry[],
  clock: Hlc,
): { mutations: OutboxMutation[]; clock: Hlc } {
  const byId = new Map<string, OutboxMutation>();
  for (const entry of entries) {
    let mutation = byId.get(entry.mutationId);
    if (!mutation) byId.set(entry.mutationId, (mutation = { id: entry.mutationId, entries: [] }));
    // An entry keeps the value it was written with; one older than the log's clocks gets
    // the next on this push's clock, from its write time.
    let hlc = entry.hlc;
    if (hlc === null) {
      clock = tick(clock, Date.parse(entry.at));
      hlc = formatHlc(clock);
    }
    mutation.entries.push({
      entry,
      change: {
        mutationId: entry.mutationId,
        hlc,
        staffId: entry.staffId ?? NO_STAFF,
        entity: entry.entity,
        entityId: entry.entityId,
        op: entry.action,
        data: entry.action === 'delete' ? null : (entry.after ?? {}),
      },
    });
  }
  return { mutations: [...byId.values()], clock };
}

/**
 * Packs mutations, in order, into batches of at most `max` changes without splitting one. A
 * mutation larger than a batch goes in a batch of its own (the server takes one save alone);
 * one larger than `maxMutation` cannot be sent at all, so it is set apart: it stays in the
 * outbox and is reported, never dropped.
 */
export function packBatches(
  mutations: readonly OutboxMutation[],
  max = MAX_PUSH_BATCH,
  maxMutation = MAX_MUTATION_CHANGES,
): { batches: OutboxMutation[][]; tooLarge: OutboxMutation[] } {
  const batches: OutboxMutation[][] = [];
  const tooLarge: OutboxMutation[] = [];
  let current: OutboxMutation[] = [];
  let size = 0;
  for (const mutation of mutations) {
    const n = mutation.entries.length;
    if (n > maxMutation) {
      tooLarge.push(mutation);
      continue;
    }
    if (n > max) {
      if (current.length > 0) batches.push(current);
      batches.push([mutation]);
      current = [];
      size = 0;
      continue;
    }
    if (size + n > max) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(mutation);
    size += n;
  }
  if (current.length > 0) batches.push(current);
  return { batches, tooLarge };
}

/** Why a too-large mutation is held, in words a sync problems list can show. */
export function tooLargeReason(mutation: OutboxMutation, max = MAX_MUTATION_CHANGES): string {
  return (
    `This save made ${plural(mutation.entries.length, 'change')}, more than the ` +
    `${plural(max, 'change')} the council server takes from one save. It stays on this desk, ` +
    'unsent, and is listed here until it can go.'
  );
}

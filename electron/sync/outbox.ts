// Push (issue 21): the desk's change log is its outbox. Each run reads the unshipped entries
// in log order, sends them to the council server in batches of whole mutations, and marks an
// entry shipped only when the server's answer says its mutation was applied (now or before).
// A network error, a refusal of the whole request or a 5xx stops the run with nothing marked
// for that batch: the entries go next time, and the server's mutation ids make a resend
// harmless (it answers "already applied" and writes nothing).
import {
  lastShippedAt,
  markShipped,
  unshippedOfMutations,
  unshippedPage,
} from '../../db/queries/sync/outbox';
import { verifiersOf } from '../../db/queries/sync/verifiers';
import { inTransaction, type Db } from '../../db/write';
import {
  clockAfter,
  packBatches,
  toMutations,
  tooLargeReason,
  type OutboxMutation,
  type PushChange,
} from './outbox-batches';
import { serverRequest, type ServerAddress } from './server-request';

export interface PushOptions extends ServerAddress {
  /** The desk's own database (the app's connection, not a transaction: each batch is one). */
  db: Db;
  /** The time written as shipped_at. */
  now?: () => Date;
}

export interface PushReport {
  /** Change-log entries marked shipped in this run. */
  shipped: number;
  /** Requests sent. */
  batches: number;
  /** Mutations the server refused (or the desk could not send), with the reason; kept unshipped. */
  refused: { mutationId: string; reason: string }[];
  /** Why the run stopped early; what was not marked goes next time. `reached`: the server answered. */
  failed?: { reason: string; status?: number; reached: boolean };
}

/** Entries read per page; a page's last mutation is completed past the page (never split). */
const PAGE = 2_000;

type PushAnswer =
  | { ok: true; results: { mutationId: string | null; status: string; reason?: string }[] }
  | { ok: false; reason: string; status?: number; reached: boolean };

async function send(options: PushOptions, changes: PushChange[]): Promise<PushAnswer> {
  const answer = await serverRequest(options, '/sync/push', { changes });
  if (!answer.ok) return answer;
  // Only an answer that matches the batch change for change can mark anything shipped.
  const results = (answer.body as { results?: unknown } | null)?.results;
  const matches =
    Array.isArray(results) &&
    results.length === changes.length &&
    results.every(
      (r: { mutationId?: unknown; status?: unknown } | null, i) =>
        r?.mutationId === changes[i]!.mutationId && typeof r?.status === 'string',
    );
  if (!matches) {
    return {
      ok: false,
      reached: true,
      reason: 'The council server’s answer did not match the batch sent.',
    };
  }
  return { ok: true, results: results as { mutationId: string; status: string }[] };
}

const SHIPPED = new Set(['applied', 'already applied']);

/** Sends one batch and marks what the server took; the refusals, or why it failed. */
async function pushBatch(
  options: PushOptions,
  batch: OutboxMutation[],
  report: PushReport,
): Promise<boolean> {
  const changes = batch.flatMap((m) => m.entries.map((e) => e.change));
  report.batches += 1;
  const answer = await send(options, changes);
  if (!answer.ok) {
    report.failed = {
      reason: answer.reason,
      reached: answer.reached,
      ...(answer.status ? { status: answer.status } : {}),
    };
    return false;
  }
  const shipped: string[] = [];
  const givenClocks = new Map<string, string>();
  let at = 0;
  for (const mutation of batch) {
    const results = answer.results.slice(at, at + mutation.entries.length);
    at += mutation.entries.length;
    // The server answers a mutation whole; anything short of every change taken keeps it all.
    if (results.every((r) => SHIPPED.has(r.status))) {
      for (const { entry, change } of mutation.entries) {
        shipped.push(entry.id);
        if (entry.hlc === null) givenClocks.set(entry.id, change.hlc);
      }
    } else {
      const reason =
        results.find((r) => r.status === 'refused')?.reason ??
        `The council server answered ${results.map((r) => r.status).join(', ')}.`;
      report.refused.push({ mutationId: mutation.id, reason });
    }
  }
  const shippedAt = (options.now?.() ?? new Date()).toISOString();
  report.shipped += await inTransaction(options.db, (tx) =>
    markShipped(tx, shipped, shippedAt, givenClocks),
  );
  return true;
}

/**
 * A staff change that set a password carries the account's hash beside it (never in its data),
 * for the server to check sign-ins against (issue 21). The change log holds only a placeholder.
 */
async function attachVerifiers(db: Db, mutations: OutboxMutation[]): Promise<void> {
  const setting = mutations
    .flatMap((m) => m.entries)
    .filter(
      ({ change }) => change.entity === 'staff' && change.data && 'password_hash' in change.data,
    );
  const hashes = await verifiersOf(
    db,
    setting.map(({ change }) => change.entityId),
  );
  for (const { change } of setting) {
    const hash = hashes.get(change.entityId);
    if (hash) change.verifier = hash;
  }
}

/** Pushes everything unshipped, batch by batch, until done or something fails. */
export async function pushOutbox(options: PushOptions): Promise<PushReport> {
  const { db } = options;
  const report: PushReport = { shipped: 0, batches: 0, refused: [] };
  let clock = clockAfter(options.deskId, await lastShippedAt(db));
  // Mutations dealt with in this run: an entry after the page that completed its mutation
  // comes up again in a later page, and a refused one stays unshipped.
  const seen = new Set<string>();
  let cursor: string | null = null;
  for (;;) {
    const page = await unshippedPage(db, cursor, PAGE);
    if (page.length === 0) return report;
    cursor = page.at(-1)!.id;
    const ids = [...new Set(page.map((e) => e.mutationId))].filter((id) => !seen.has(id));
    if (ids.length === 0) continue;
    for (const id of ids) seen.add(id);

    const entries = await unshippedOfMutations(db, ids);
    const grouped = toMutations(entries, clock);
    clock = grouped.clock;
    await attachVerifiers(db, grouped.mutations);
    const { batches, tooLarge } = packBatches(grouped.mutations);
    for (const mutation of tooLarge) {
      report.refused.push({ mutationId: mutation.id, reason: tooLargeReason(mutation) });
    }
    for (const batch of batches) {
      if (!(await pushBatch(options, batch, report))) return report;
    }
  }
}

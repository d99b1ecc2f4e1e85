// Push (issue 21): a desk's outbox batch applied in one transaction.
//
// Version allocation: the transaction first bumps council_version, which takes that row's lock
// until it commits, so pushes hold their versions and commit strictly one after another. Under
// the lock the batch numbers its new change rows base, base + 1, ... (base being the bumped
// version) and leaves the row at the last number used. A pull asks for `version > cursor`;
// since a version is handed out only under the lock and its holder commits before the next
// push can take one, every change below a committed version has itself committed, and a
// cursor never passes a change that commits late. A batch that applies nothing puts the
// version back where it was: a resent batch leaves no trace.
//
// Partial batches: the unit is the mutation (one desk save, possibly several change rows). A
// mutation with any refused change is refused whole, with the reason; the batch's other
// mutations still apply. Refused mutations are not recorded, so nothing of them is written.
import { sql, type Transaction } from 'kysely';
import type { ServerDatabase } from '../db/schema';
import { mayApply } from './entities';
import { repointMergedRecords } from './merge-repoint';
import { keepStaffAccounts, staffRefusal, type StaffStanding } from './staff-accounts';
import { malformed, pushChange, type PushChange } from './push-schema';

export type PushResult =
  | { mutationId: string; status: 'applied'; version: string }
  | { mutationId: string; status: 'already applied' }
  | { mutationId: string | null; status: 'refused'; reason: string };

interface Checked {
  /** The change's mutation id when it has a usable one, even if the rest is malformed. */
  mutationId: string | null;
  change?: PushChange;
  reason?: string;
}

function check(raw: unknown): Checked {
  const parsed = pushChange.safeParse(raw);
  if (parsed.success) {
    return {
      mutationId: parsed.data.mutationId,
      change: parsed.data,
      reason: mayApply(parsed.data),
    };
  }
  const id = (raw as { mutationId?: unknown } | null)?.mutationId;
  const idOk = !parsed.error.issues.some((i) => i.path[0] === 'mutationId');
  return {
    mutationId: idOk && typeof id === 'string' ? id : null,
    reason: malformed(parsed.error),
  };
}

/** Applies one batch for `deskId` inside `tx` (the caller commits); one answer per change, in order. */
export async function applyPush(
  tx: Transaction<ServerDatabase>,
  deskId: string,
  rawChanges: readonly unknown[],
): Promise<PushResult[]> {
  const checked = rawChanges.map(check);
  // The member of staff behind each change may make it (staff-accounts.ts, change-rules.ts).
  const accounts = new Map<string, StaffStanding>();
  for (const c of checked) {
    if (c.change && !c.reason) c.reason = await staffRefusal(tx, c.change, accounts);
  }

  // A mutation is refused whole if any of its changes is.
  const refusedMutations = new Map<string, string>();
  for (const c of checked) {
    if (c.reason && c.mutationId && !refusedMutations.has(c.mutationId)) {
      refusedMutations.set(c.mutationId, c.reason);
    }
  }
  const accepted = checked.filter((c) => c.change && !refusedMutations.has(c.mutationId!));

  // First, before anything else: the lock that orders pushes (see the top of this file).
  const bumped = await sql<{ version: string }>`
    update council_version set version = version + 1 returning version`.execute(tx);
  const base = BigInt(bumped.rows[0]!.version);

  const ids = [...new Set(accepted.map((c) => c.mutationId!))];
  const fresh = new Set<string>();
  if (ids.length > 0) {
    const inserted = await tx
      .insertInto('mutations')
      .values(ids.map((id) => ({ id, desk_id: deskId })))
      .onConflict((c) => c.column('id').doNothing())
      .returning('id')
      .execute();
    for (const row of inserted) fresh.add(row.id);
  }

  const versions = new Map<Checked, bigint>();
  let next = base;
  for (const c of accepted) {
    if (fresh.has(c.mutationId!)) versions.set(c, next++);
  }
  if (versions.size > 0) {
    await tx
      .insertInto('changes')
      .values(
        [...versions].map(([{ change }, version]) => ({
          version: version.toString(),
          mutation_id: change!.mutationId,
          desk_id: deskId,
          staff_id: change!.staffId,
          hlc: change!.hlc,
          entity: change!.entity,
          entity_id: change!.entityId,
          op: change!.op,
          data:
            change!.op === 'delete' || change!.data == null ? null : JSON.stringify(change!.data),
        })),
      )
      .execute();
  }
  // What staff changes say about accounts (and their hashes) goes to staff_accounts, never
  // into `changes`.
  await keepStaffAccounts(
    tx,
    deskId,
    [...versions.keys()].map((c) => c.change!),
  );
  // Rows left on a merged customer follow its survivor, numbered after the batch's own.
  next = await repointMergedRecords(
    tx,
    [...versions.keys()].map((c) => c.change!),
    next,
  );
  // The last version used; base - 1 (where it was) when nothing was written.
  await tx
    .updateTable('council_version')
    .set({ version: (next - 1n).toString() })
    .execute();

  return checked.map((c): PushResult => {
    const refusal = c.mutationId ? refusedMutations.get(c.mutationId) : undefined;
    if (c.reason || refusal || !c.change) {
      const own = c.reason ?? `Refused with the rest of its mutation: ${refusal}`;
      return { mutationId: c.mutationId, status: 'refused', reason: own };
    }
    const version = versions.get(c);
    return version === undefined
      ? { mutationId: c.mutationId!, status: 'already applied' }
      : { mutationId: c.mutationId!, status: 'applied', version: version.toString() };
  });
}

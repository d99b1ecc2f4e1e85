// The sync problems list (issue 21, "nothing is ever dropped silently"): every change the
// council server refused, and every change from another desk this desk could not apply, with
// the reason, kept until it goes through or a team leader marks it dealt with.
import { v7 as uuidv7 } from 'uuid';
import type { ReadableDB, WritableDB } from '../../handles';

export interface NewProblem {
  direction: 'push' | 'pull';
  mutationId: string;
  entity: string | null;
  entityId: string | null;
  staffId: string | null;
  reason: string;
  /** A pulled change that could not be applied, to try again later. */
  change?: unknown;
}

/** Adds a problem, or brings one already listed up to date (one per change and direction). */
export async function recordProblem(
  tx: WritableDB,
  problem: NewProblem,
  at: string,
): Promise<void> {
  await tx
    .insertInto('sync_problems')
    .values({
      id: uuidv7(),
      direction: problem.direction,
      mutation_id: problem.mutationId,
      entity: problem.entity,
      entity_id: problem.entityId,
      staff_id: problem.staffId,
      reason: problem.reason,
      change: problem.change === undefined ? null : JSON.stringify(problem.change),
      first_seen_at: at,
      last_seen_at: at,
      resolved_at: null,
    })
    .onConflict((c) =>
      c.columns(['direction', 'mutation_id']).doUpdateSet((eb) => ({
        reason: eb.ref('excluded.reason'),
        last_seen_at: eb.ref('excluded.last_seen_at'),
      })),
    )
    .execute();
}

/** Closes the problems of changes that have now gone through. */
export async function settleProblems(
  tx: WritableDB,
  direction: 'push' | 'pull',
  mutationIds: readonly string[],
  at: string,
): Promise<void> {
  for (let i = 0; i < mutationIds.length; i += 500) {
    await tx
      .updateTable('sync_problems')
      .set({ resolved_at: at })
      .where('direction', '=', direction)
      .where('mutation_id', 'in', mutationIds.slice(i, i + 500))
      .where('resolved_at', 'is', null)
      .execute();
  }
}

export interface OpenProblem {
  id: string;
  direction: 'push' | 'pull';
  mutationId: string;
  entity: string | null;
  entityId: string | null;
  staffName: string | null;
  reason: string;
  firstSeenAt: string;
  lastSeenAt: string;
}

export async function openProblems(db: ReadableDB): Promise<OpenProblem[]> {
  const rows = await db
    .selectFrom('sync_problems as p')
    .leftJoin('staff as s', 's.id', 'p.staff_id')
    .select([
      'p.id',
      'p.direction',
      'p.mutation_id',
      'p.entity',
      'p.entity_id',
      's.display_name',
      'p.reason',
      'p.first_seen_at',
      'p.last_seen_at',
    ])
    .where('p.resolved_at', 'is', null)
    .orderBy('p.first_seen_at')
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    direction: r.direction,
    mutationId: r.mutation_id,
    entity: r.entity,
    entityId: r.entity_id,
    staffName: r.display_name,
    reason: r.reason,
    firstSeenAt: r.first_seen_at,
    lastSeenAt: r.last_seen_at,
  }));
}

export async function openProblemCount(db: ReadableDB): Promise<number> {
  const row = await db
    .selectFrom('sync_problems')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('resolved_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Pulled changes still waiting to be applied here, oldest first, to try again. */
export async function pendingPulls(
  db: ReadableDB,
): Promise<{ mutationId: string; change: unknown }[]> {
  const rows = await db
    .selectFrom('sync_problems')
    .select(['mutation_id', 'change'])
    .where('direction', '=', 'pull')
    .where('resolved_at', 'is', null)
    .where('change', 'is not', null)
    .orderBy('first_seen_at')
    .execute();
  return rows.map((r) => ({ mutationId: r.mutation_id, change: JSON.parse(r.change!) as unknown }));
}

/**
 * A leader marks a problem dealt with. A refused change of this desk's then stops being
 * offered to the server: its outbox entries are marked done at that moment (the problem's
 * row, kept with its resolution time, is the record that it was set aside, not sent).
 */
export async function resolveProblem(tx: WritableDB, id: string, at: string): Promise<boolean> {
  const problem = await tx
    .selectFrom('sync_problems')
    .select(['direction', 'mutation_id'])
    .where('id', '=', id)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  if (!problem) return false;
  await tx.updateTable('sync_problems').set({ resolved_at: at }).where('id', '=', id).execute();
  if (problem.direction === 'push') {
    await tx
      .updateTable('change_log')
      .set({ shipped_at: at })
      .where('mutation_id', '=', problem.mutation_id)
      .where('shipped_at', 'is', null)
      .execute();
  }
  return true;
}

/** Lists a change of this desk's that the server refused, naming what it was to and who made it. */
export async function recordPushRefusal(
  tx: WritableDB,
  mutationId: string,
  reason: string,
  at: string,
): Promise<void> {
  const first = await tx
    .selectFrom('change_log')
    .select(['entity', 'entity_id', 'staff_id'])
    .where('mutation_id', '=', mutationId)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  await recordProblem(
    tx,
    {
      direction: 'push',
      mutationId,
      entity: first?.entity ?? null,
      entityId: first?.entity_id ?? null,
      staffId: first?.staff_id ?? null,
      reason,
    },
    at,
  );
}

/** Closes the push problems whose changes have all gone since (the server took them on a retry). */
export async function settleShippedPushProblems(tx: WritableDB, at: string): Promise<void> {
  await tx
    .updateTable('sync_problems')
    .set({ resolved_at: at })
    .where('direction', '=', 'push')
    .where('resolved_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('change_log')
            .select('change_log.id')
            .whereRef('change_log.mutation_id', '=', 'sync_problems.mutation_id')
            .where('change_log.shipped_at', 'is', null),
        ),
      ),
    )
    .execute();
}

/** Why the server refused this desk's change, while it is still listed; else null. */
export async function pushRefusalOf(db: ReadableDB, mutationId: string): Promise<string | null> {
  const row = await db
    .selectFrom('sync_problems')
    .select('reason')
    .where('direction', '=', 'push')
    .where('mutation_id', '=', mutationId)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  return row?.reason ?? null;
}

/**
 * Removes the listing of a refused change that was taken back (withdrawOwnChange): the person
 * who made it was told there and then, and nothing of it is left to deal with.
 */
export async function forgetPushRefusal(tx: WritableDB, mutationId: string): Promise<void> {
  await tx
    .deleteFrom('sync_problems')
    .where('direction', '=', 'push')
    .where('mutation_id', '=', mutationId)
    .execute();
}

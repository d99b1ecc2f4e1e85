import { openProblems, resolveProblem } from '../../../db/queries/sync/problems';
import { inTransaction } from '../../../db/write';
import { ApiFailure } from '../../../shared/api/errors';
import { problemWords } from '../../../shared/sync/problem-words';
import type { Handlers } from '../context';

type SyncMethods =
  'sync.status' | 'sync.enrol' | 'sync.now' | 'sync.problems' | 'sync.resolveProblem';

/** Sync with the council server (issue 21); the work itself is electron/sync/service.ts. */
export const syncHandlers: Pick<Handlers, SyncMethods> = {
  async 'sync.status'(ctx) {
    return ctx.sync.status();
  },
  async 'sync.enrol'(ctx, input) {
    return ctx.sync.enrol(input);
  },
  async 'sync.now'(ctx) {
    await ctx.sync.syncNow();
    return ctx.sync.status();
  },
  async 'sync.problems'(ctx) {
    return (await openProblems(ctx.db)).map((p) => ({
      id: p.id,
      direction: p.direction,
      entityId: p.entityId,
      staffName: p.staffName,
      reason: p.reason,
      firstSeenAt: p.firstSeenAt,
      lastSeenAt: p.lastSeenAt,
      ...problemWords(p.direction, p.entity),
    }));
  },
  async 'sync.resolveProblem'(ctx, input) {
    const at = ctx.clock.now().toISOString();
    const done = await inTransaction(ctx.db, (tx) => resolveProblem(tx, input.id, at));
    if (!done) throw new ApiFailure('NOT_FOUND', 'That problem is not on the list any more.');
    ctx.events.emit('sync.changed', null);
    return null;
  },
};

// A write runs once per client mutation id (issue 19): the screen sends an id with each
// save, and a repeat (a second press, a retry after a lost answer) writes nothing and
// answers what the first answered.
import type { MethodName } from '../../shared/api';
import { ApiFailure } from '../../shared/api/errors';
import { findMutation, storeMutationResult } from '../../db/queries/mutations';
import { runInMutation } from '../../db/write';
import type { ApiContext } from './context';

const MUTATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Calls under way, by mutation id: a second press while the first is saving waits for it. */
const inFlight = new Map<string, Promise<unknown>>();

/**
 * Runs a write once per client mutation id (issue 19): a repeat, whether while the first is
 * still running or long after, answers what the first answered and writes nothing.
 */
export async function once(
  ctx: ApiContext,
  mutationId: string,
  method: MethodName,
  staffId: string | null,
  run: () => Promise<unknown>,
): Promise<unknown> {
  if (!MUTATION_ID.test(mutationId))
    throw new ApiFailure(
      'VALIDATION',
      'The save came with a broken id. Reload the app and try again.',
    );
  const running = inFlight.get(mutationId);
  if (running) return running;
  // Registered before the first await, so a second press arriving meanwhile waits for this.
  const pending = firstTime(ctx, mutationId, method, staffId, run);
  inFlight.set(mutationId, pending);
  try {
    return await pending;
  } finally {
    inFlight.delete(mutationId);
  }
}

async function firstTime(
  ctx: ApiContext,
  mutationId: string,
  method: MethodName,
  staffId: string | null,
  run: () => Promise<unknown>,
): Promise<unknown> {
  const done = await findMutation(ctx.db, mutationId);
  if (done) {
    if (done.method !== method || done.staffId !== staffId)
      throw new ApiFailure(
        'CONFLICT',
        'That save id was already used for something else. Reload the app and try again.',
      );
    if (!done.answered)
      throw new ApiFailure(
        'CONFLICT',
        'This was saved already, but its answer was lost. Reload to see it.',
      );
    return done.answer;
  }
  const scope = { id: mutationId, method, staffId, recorded: false };
  const value = await runInMutation(scope, run);
  if (scope.recorded) await storeMutationResult(ctx.db, mutationId, value);
  return value;
}

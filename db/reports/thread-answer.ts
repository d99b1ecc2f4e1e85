// The worker's side of db/reports/thread-client.ts: each message is answered under its id,
// with the value or with an error in the API's one shape. Used by the desk's reports worker,
// the council server's, and the helper thread each of them starts.
import { parentPort } from 'node:worker_threads';
import { ApiFailure, type ApiError } from '../../shared/api/errors';
import type { ThreadResponse } from './thread-client';

/** An error as the asking thread sees it: a rule's own words, or a plain apology (logged). */
export function reportError(error: unknown): ApiError {
  if (error instanceof ApiFailure) return error.toApiError();
  console.error('[reports]', error);
  return { code: 'INTERNAL', message: 'The report could not be worked out. Try again.' };
}

/** Answers each message with what `work` makes of it, under the message's id. */
export function answerEach<R extends { id: number }>(
  work: (request: R) => Promise<unknown>,
  errorOf: (error: unknown) => ApiError = reportError,
): void {
  parentPort!.on('message', (request: R) => {
    work(request).then(
      (value) =>
        parentPort!.postMessage({ id: request.id, ok: true, value } satisfies ThreadResponse),
      (error: unknown) =>
        parentPort!.postMessage({
          id: request.id,
          ok: false,
          error: errorOf(error),
        } satisfies ThreadResponse),
    );
  });
}

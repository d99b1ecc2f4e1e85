// The one dispatch function both hosts (Electron IPC and browser-mode HTTP) wrap. It checks
// the method name, then the session, then validates the input against the contract's schema
// before any domain code runs, and always answers `{ ok: true, value } | { ok: false, error }`.
// The session comes first so that a caller who is not signed in learns nothing from the
// validation messages.
import type { z } from 'zod';
import { contract, isMethodName, type Result } from '../../shared/api';
import { ApiFailure, type ApiError } from '../../shared/api/errors';
import { councilMessage, LIBRARY_WORDING } from '../../shared/api/messages';
import { NEEDS_THE_SERVER } from '../../shared/sync/change-rules';
import { Call, type ApiContext, type Handlers } from './context';
import { handlers as defaultHandlers } from './handlers';
import { once } from './run-once';
import { authorise, currentSession } from './session-check';

export interface DispatchRequest {
  method: string;
  input: unknown;
  /** The caller's session token, or null when none. */
  token: string | null;
  /** The screen's id for this write (UUIDv7): the same id again writes nothing. */
  mutationId?: string | undefined;
}

export interface DispatchResponse {
  result: Result<unknown>;
  /** Set when the call signed in (new token), or signed out or ended the session (null). */
  token?: string | null;
}

/** A back end that could not open its database still answers, with the reason. */
export type ApiBackend =
  { ctx: ApiContext; failure?: undefined } | { ctx?: undefined; failure: ApiError };

/**
 * The refusal an adviser reads. Contracts give their own words, and zod's defaults are
 * replaced by the council's (shared/api/messages.ts); a message that still reads like the
 * library's is reworded here, so its text never reaches a screen.
 */
function validationError(error: z.ZodError): ApiError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= LIBRARY_WORDING.test(issue.message)
      ? councilMessage(issue as Parameters<typeof councilMessage>[0])
      : issue.message;
  }
  const messages = [...new Set(Object.values(fields))];
  return { code: 'VALIDATION', message: messages.join(' '), fields };
}

/** The answer, with the token the host should keep when it changed (null: forget it). */
function respond(result: Result<unknown>, token: string | null | undefined): DispatchResponse {
  return token === undefined ? { result } : { result, token };
}

const NEEDS_SERVER: ReadonlySet<string> = new Set(NEEDS_THE_SERVER);

export async function dispatch(
  backend: ApiBackend,
  request: DispatchRequest,
  handlers: Handlers = defaultHandlers,
): Promise<DispatchResponse> {
  const { method } = request;
  if (!isMethodName(method)) {
    return {
      result: {
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: `There is no API method called "${method}".` },
      },
    };
  }
  if (backend.failure) return { result: { ok: false, error: backend.failure } };
  const { ctx } = backend;
  let endedToken: null | undefined;
  try {
    const now = ctx.clock.now();
    const current = await currentSession(
      ctx,
      request.token,
      now,
      contract[method].access === 'public',
    );
    if (current.ended) endedToken = null;
    authorise(ctx, method, current, now);
    const parsed = contract[method].input.safeParse(request.input ?? {});
    if (!parsed.success)
      return respond({ ok: false, error: validationError(parsed.error) }, endedToken);
    const call = new Call(ctx, current.session);
    const implementation = handlers[method] as (
      ctx: ApiContext,
      input: unknown,
      call: Call,
    ) => Promise<unknown>;
    // What the council server owns is changed only while this desk can reach it; checked
    // inside `once`, so a resent save that was made answers as it did, offline or not.
    const handler: typeof implementation = NEEDS_SERVER.has(method)
      ? async (...args) => {
          await ctx.sync.requireReachable();
          return implementation(...args);
        }
      : implementation;
    const value = request.mutationId
      ? await once(ctx, request.mutationId, method, current.session?.staffId ?? null, () =>
          handler(ctx, parsed.data, call),
        )
      : await handler(ctx, parsed.data, call);
    // What the council server owns it decides now: a refused edit is taken back here and
    // its reason is the answer. Any other save goes soon, so other desks see it in seconds.
    if (request.mutationId && NEEDS_SERVER.has(method)) {
      await ctx.sync.confirmOwnedEdit(request.mutationId);
    } else if (request.mutationId) ctx.sync.nudge();
    return respond(
      { ok: true, value },
      call.issuedToken === undefined ? endedToken : call.issuedToken,
    );
  } catch (error) {
    if (error instanceof ApiFailure)
      return respond({ ok: false, error: error.toApiError() }, endedToken);
    console.error(`[api] ${method} failed`, error);
    return respond(
      {
        ok: false,
        error: {
          code: 'INTERNAL',
          message:
            'Something went wrong and nothing was saved. Try again; if it keeps happening, tell your team leader.',
        },
      },
      endedToken,
    );
  }
}

// The one dispatch function both hosts (Electron IPC and browser-mode HTTP) wrap. It checks
// the method name, validates the input against the contract's schema before any domain code
// runs, checks the session, and always answers `{ ok: true, value } | { ok: false, error }`.
import type { z } from 'zod';
import { contract, isMethodName, type MethodName, type Result } from '../../shared/api';
import { ApiFailure, type ApiError } from '../../shared/api/errors';
import { getSetting } from '../../db/queries/settings';
import { Call, type ApiContext, type Handlers } from './context';
import { handlers as defaultHandlers } from './handlers';

export interface DispatchRequest {
  method: string;
  input: unknown;
  /** The caller's session token, or null when none. */
  token: string | null;
}

export interface DispatchResponse {
  result: Result<unknown>;
  /** Set when the call signed in (new token) or out (null); the host stores it. */
  token?: string | null;
}

/** A back end that could not open its database still answers, with the reason. */
export type ApiBackend =
  { ctx: ApiContext; failure?: undefined } | { ctx?: undefined; failure: ApiError };

function validationError(error: z.ZodError): ApiError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= issue.message;
  }
  const messages = [...new Set(Object.values(fields))];
  return { code: 'VALIDATION', message: messages.join(' '), fields };
}

async function authorise(ctx: ApiContext, method: MethodName, token: string | null) {
  const spec = contract[method];
  const now = ctx.clock.now();
  const lockAfter = await getSetting(ctx.db, 'security.lockAfterMinutes');
  const session = ctx.sessions.get(token, now, lockAfter);
  if (spec.access === 'public') return session;
  if (!session)
    throw new ApiFailure('UNAUTHENTICATED', 'Your session has ended. Sign in to continue.');
  if (spec.access === 'session') {
    if (session.locked)
      throw new ApiFailure(
        'LOCKED',
        'The app locked itself after being left idle. Enter your password to unlock it.',
      );
    const roles = 'roles' in spec ? (spec.roles as readonly string[] | undefined) : undefined;
    if (roles && !roles.includes(session.role)) {
      throw new ApiFailure('FORBIDDEN', 'Your role does not allow this. Ask an administrator.');
    }
    ctx.sessions.touch(session, now);
  }
  return session;
}

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
  const parsed = contract[method].input.safeParse(request.input ?? {});
  if (!parsed.success) return { result: { ok: false, error: validationError(parsed.error) } };
  try {
    const session = await authorise(ctx, method, request.token);
    const call = new Call(ctx, session);
    const handler = handlers[method] as (
      ctx: ApiContext,
      input: unknown,
      call: Call,
    ) => Promise<unknown>;
    const value = await handler(ctx, parsed.data, call);
    return call.issuedToken === undefined
      ? { result: { ok: true, value } }
      : { result: { ok: true, value }, token: call.issuedToken };
  } catch (error) {
    if (error instanceof ApiFailure) return { result: { ok: false, error: error.toApiError() } };
    console.error(`[api] ${method} failed`, error);
    return {
      result: {
        ok: false,
        error: {
          code: 'INTERNAL',
          message:
            'Something went wrong and nothing was saved. Try again; if it keeps happening, tell your team leader.',
        },
      },
    };
  }
}

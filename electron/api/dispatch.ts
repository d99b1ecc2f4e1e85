// The one dispatch function both hosts (Electron IPC and browser-mode HTTP) wrap. It checks
// the method name, then the session, then validates the input against the contract's schema
// before any domain code runs, and always answers `{ ok: true, value } | { ok: false, error }`.
// The session comes first so that a caller who is not signed in learns nothing from the
// validation messages.
import type { z } from 'zod';
import { contract, isMethodName, type MethodName, type Result } from '../../shared/api';
import { roleRefusal } from '../../shared/api/access-rules';
import { ApiFailure, type ApiError } from '../../shared/api/errors';
import { DISPLAY_METHODS } from '../../shared/api/define';
import { councilMessage, LIBRARY_WORDING } from '../../shared/api/messages';
import { recordAuditEvent } from '../../db/queries/access-log/audit-events';
import { findMutation, storeMutationResult } from '../../db/queries/mutations';
import { getSetting } from '../../db/queries/settings/settings';
import { runInMutation } from '../../db/write';
import { staffStanding } from '../../db/queries/staff/staff';
import { Call, type ApiContext, type Handlers } from './context';
import { handlers as defaultHandlers } from './handlers';
import { sessionEndsAt, type Session, type SessionStore } from './sessions';

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

interface CurrentSession {
  session?: Session;
  /** Set when this call ended the caller's session, saying why. */
  ended?: ApiFailure;
}

function hoursText(hours: number): string {
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

/**
 * The caller's session, if it may still be used. A session past its working day, or whose
 * account has been closed, ends here; otherwise its role is re-read from the staff table, so
 * a change an administrator makes takes effect at the next call.
 */
/**
 * Why sessions ended, by token, for a while: calls already on their way when a session ended
 * (a desk's screen makes several at once) are told the same reason, not just "ended".
 */
const endedSessions = new WeakMap<SessionStore, Map<string, ApiFailure>>();
const ENDED_REMEMBERED = 1_000;

function rememberEnded(sessions: SessionStore, token: string, why: ApiFailure): void {
  let ended = endedSessions.get(sessions);
  if (!ended) endedSessions.set(sessions, (ended = new Map<string, ApiFailure>()));
  ended.set(token, why);
  // A Map keeps insertion order: forget the oldest beyond the bound.
  for (const old of ended.keys()) {
    if (ended.size <= ENDED_REMEMBERED) break;
    ended.delete(old);
  }
}

async function currentSession(
  ctx: ApiContext,
  token: string | null,
  now: Date,
  /** A public method (auth.session, or the web host asking whether the events stream may
   * run) sees an ended session as none, but leaves ending it to the next call that needs
   * it, so the person is told why rather than only "your session has ended". */
  publicMethod: boolean,
): Promise<CurrentSession> {
  const [lockAfter, maxHours] = await Promise.all([
    getSetting(ctx.db, 'security.lockAfterMinutes'),
    getSetting(ctx.db, 'security.sessionMaxHours'),
  ]);
  const session = ctx.sessions.get(token, now, lockAfter);
  if (!session) {
    const ended = token ? endedSessions.get(ctx.sessions)?.get(token) : undefined;
    return ended && !publicMethod ? { ended } : {};
  }
  let ended: ApiFailure;
  let reason: 'time_limit' | 'account_closed';
  if (now >= sessionEndsAt(session, maxHours)) {
    if (publicMethod) return {};
    reason = 'time_limit';
    ended = new ApiFailure(
      'UNAUTHENTICATED',
      `You have been signed in for ${hoursText(maxHours)}, the longest a session can last. Sign in again to carry on.`,
    );
  } else {
    const standing = await staffStanding(ctx.db, session.staffId);
    if (standing?.active !== 1 && publicMethod) return {};
    if (standing?.active === 1) {
      session.role = standing.role;
      session.mustChangePassword = standing.must_change_password === 1;
      return { session };
    }
    reason = 'account_closed';
    ended = new ApiFailure(
      'UNAUTHENTICATED',
      'Your account is no longer active, so you have been signed out. Ask an administrator if you think this is wrong.',
    );
  }
  ctx.sessions.delete(session.token);
  rememberEnded(ctx.sessions, session.token, ended);
  await recordAuditEvent(ctx.db, now, {
    kind: 'session_ended',
    staffId: session.staffId,
    username: null,
    siteId: session.siteId,
    detail: { reason },
  });
  return { ended };
}

/** Refuses a call its session does not allow; records the activity of one it does. */
function authorise(ctx: ApiContext, method: MethodName, current: CurrentSession, now: Date) {
  const spec = contract[method];
  const { session } = current;
  if (spec.access === 'public') return;
  if (!session)
    throw (
      current.ended ??
      new ApiFailure('UNAUTHENTICATED', 'Your session has ended. Sign in to continue.')
    );
  if (spec.access === 'session') {
    if (session.locked)
      throw new ApiFailure(
        'LOCKED',
        'The app locked itself after being left idle. Enter your password to unlock it.',
      );
    // A one-time password an administrator gave out opens nothing but choosing one's own.
    if (session.mustChangePassword && method !== 'auth.changePassword')
      throw new ApiFailure(
        'FORBIDDEN',
        'You signed in with a one-time password. Choose your own password before you carry on.',
      );
    const roles = 'roles' in spec ? (spec.roles as readonly string[] | undefined) : undefined;
    const refused =
      session.role === 'display'
        ? !DISPLAY_METHODS.includes(method)
        : roles && !roles.includes(session.role);
    if (refused) {
      throw new ApiFailure('FORBIDDEN', roleRefusal(roles));
    }
    ctx.sessions.touch(session, now);
  }
}

const MUTATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Calls under way, by mutation id: a second press while the first is saving waits for it. */
const inFlight = new Map<string, Promise<unknown>>();

/**
 * Runs a write once per client mutation id (issue 19): a repeat, whether while the first is
 * still running or long after, answers what the first answered and writes nothing.
 */
async function once(
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
    if (done.method !== method || done.staff_id !== staffId)
      throw new ApiFailure(
        'CONFLICT',
        'That save id was already used for something else. Reload the app and try again.',
      );
    if (done.result === null)
      throw new ApiFailure(
        'CONFLICT',
        'This was saved already, but its answer was lost. Reload to see it.',
      );
    return JSON.parse(done.result) as unknown;
  }
  const scope = { id: mutationId, method, staffId, recorded: false };
  const value = await runInMutation(scope, run);
  if (scope.recorded) await storeMutationResult(ctx.db, mutationId, value);
  return value;
}

/** The answer, with the token the host should keep when it changed (null: forget it). */
function respond(result: Result<unknown>, token: string | null | undefined): DispatchResponse {
  return token === undefined ? { result } : { result, token };
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
    const handler = handlers[method] as (
      ctx: ApiContext,
      input: unknown,
      call: Call,
    ) => Promise<unknown>;
    const value = request.mutationId
      ? await once(ctx, request.mutationId, method, current.session?.staffId ?? null, () =>
          handler(ctx, parsed.data, call),
        )
      : await handler(ctx, parsed.data, call);
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

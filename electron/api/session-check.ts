// The caller's session, checked before every call: whether it may still be used (a working
// day's limit, an account closed meanwhile), and whether it allows this method (locked,
// a one-time password still to replace, a role the contract does not list).
import { contract, type MethodName } from '../../shared/api';
import { roleRefusal } from '../../shared/api/access-rules';
import { ApiFailure } from '../../shared/api/errors';
import { DISPLAY_METHODS } from '../../shared/api/define';
import { recordAuditEvent } from '../../db/queries/access-log/audit-events';
import { getSetting } from '../../db/queries/settings/settings';
import { staffStanding } from '../../db/queries/staff/staff';
import type { ApiContext } from './context';
import { sessionEndsAt, type Session, type SessionStore } from './sessions';

export interface CurrentSession {
  session?: Session;
  /** Set when this call ended the caller's session, saying why. */
  ended?: ApiFailure;
}

function hoursText(hours: number): string {
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

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

/**
 * The caller's session, if it may still be used. A session past its working day, or whose
 * account has been closed, ends here; otherwise its role is re-read from the staff table, so
 * a change an administrator makes takes effect at the next call.
 */
export async function currentSession(
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
    if (!standing?.active && publicMethod) return {};
    if (standing?.active) {
      session.role = standing.role;
      session.mustChangePassword = standing.mustChangePassword;
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
export function authorise(ctx: ApiContext, method: MethodName, current: CurrentSession, now: Date) {
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

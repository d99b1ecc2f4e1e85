// Signed-in sessions, held in memory by the host: a restart signs everyone out, which is
// what a shared desk wants. A session locks after the council's idle time; unlocking needs
// the same adviser's password. Whatever the activity, a session ends after a working day
// (`security.sessionMaxHours`), so a desk left signed in does not stay signed in for ever.
import { randomBytes } from 'node:crypto';
import type { Role, StaffPresence } from '../../shared/domain/staff';

export interface Session {
  token: string;
  staffId: string;
  role: Role;
  siteId: string;
  /** When the session began (ms): it ends `security.sessionMaxHours` later. */
  startedAt: number;
  lastActivityAt: number;
  locked: boolean;
  /** Signed in with a one-time password (re-read on every call): only a password change works. */
  mustChangePassword: boolean;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  create(staffId: string, role: Role, siteId: string, now: Date): Session {
    const session: Session = {
      token: randomBytes(32).toString('base64url'),
      staffId,
      role,
      siteId,
      startedAt: now.getTime(),
      lastActivityAt: now.getTime(),
      locked: false,
      mustChangePassword: false,
    };
    this.sessions.set(session.token, session);
    return session;
  }

  /** The session for a token, locked first if it has been idle past `lockAfterMinutes`. */
  get(token: string | null | undefined, now: Date, lockAfterMinutes: number): Session | undefined {
    if (!token) return undefined;
    const session = this.sessions.get(token);
    if (
      session &&
      !session.locked &&
      now.getTime() - session.lastActivityAt > lockAfterMinutes * 60_000
    ) {
      session.locked = true;
    }
    return session;
  }

  /**
   * Whether a member of staff is at a screen now, from their best session: one unlocked and
   * active within `lockAfterMinutes` is present; a locked one, or one idle past that time (it
   * locks at its next call; its page may have stopped), is not. A session past its working
   * day counts as signed out. Reads only: locking stays with `get`, at the session's own call.
   */
  presenceOf(
    staffId: string,
    now: Date,
    lockAfterMinutes: number,
    maxHours: number,
  ): StaffPresence {
    const rank: StaffPresence[] = ['present', 'locked', 'idle', 'signed_out'];
    let best: StaffPresence = 'signed_out';
    for (const session of this.sessions.values()) {
      if (session.staffId !== staffId || now >= sessionEndsAt(session, maxHours)) continue;
      const state: StaffPresence = session.locked
        ? 'locked'
        : now.getTime() - session.lastActivityAt > lockAfterMinutes * 60_000
          ? 'idle'
          : 'present';
      if (rank.indexOf(state) < rank.indexOf(best)) best = state;
    }
    return best;
  }

  /** Whether a member of staff still has a session here (signed in at another window). */
  hasSessionOf(staffId: string): boolean {
    for (const session of this.sessions.values()) if (session.staffId === staffId) return true;
    return false;
  }

  touch(session: Session, now: Date): void {
    session.lastActivityAt = now.getTime();
  }

  delete(token: string): void {
    this.sessions.delete(token);
  }

  /** Ends a staff member's other sessions (after a password change), keeping `keepToken`. */
  deleteOthersOf(staffId: string, keepToken: string): void {
    for (const [token, session] of this.sessions) {
      if (session.staffId === staffId && token !== keepToken) this.sessions.delete(token);
    }
  }

  /** Ends every session of a staff member (a retired account, a reset password). */
  deleteAllOf(staffId: string): number {
    let ended = 0;
    for (const [token, session] of this.sessions) {
      if (session.staffId === staffId) {
        this.sessions.delete(token);
        ended += 1;
      }
    }
    return ended;
  }
}

/** When a session must end, whatever the activity. */
export function sessionEndsAt(session: Session, maxHours: number): Date {
  return new Date(session.startedAt + maxHours * 3_600_000);
}

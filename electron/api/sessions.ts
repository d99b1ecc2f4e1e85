// Signed-in sessions, held in memory by the host: a restart signs everyone out, which is
// what a shared desk wants. A session locks after the council's idle time; unlocking needs
// the same adviser's password.
import { randomBytes } from 'node:crypto';
import type { Role } from '../../shared/domain/staff';

export interface Session {
  token: string;
  staffId: string;
  role: Role;
  siteId: string;
  lastActivityAt: number;
  locked: boolean;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  create(staffId: string, role: Role, siteId: string, now: Date): Session {
    const session: Session = {
      token: randomBytes(32).toString('base64url'),
      staffId,
      role,
      siteId,
      lastActivityAt: now.getTime(),
      locked: false,
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

  touch(session: Session, now: Date): void {
    session.lastActivityAt = now.getTime();
  }

  delete(token: string): void {
    this.sessions.delete(token);
  }
}

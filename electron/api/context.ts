import type { MethodName, OutputOf, ParsedInputOf } from '../../shared/api';
import { ApiFailure } from '../../shared/api/errors';
import type { Clock } from '../../shared/domain/clock';
import type { Actor, Db } from '../../db/write';
import type { ReportRunner } from '../reports/runner';
import type { SyncService } from '../sync/service';
import type { DuplicateChecks } from './customers/duplicates-schedule';
import type { EventBus } from './events';
import type { Session, SessionStore } from './sessions';

/** What every API implementation gets: the database, the one clock, sessions and events. */
export interface ApiContext {
  db: Db;
  clock: Clock;
  sessions: SessionStore;
  events: EventBus;
  /** Report queries, worked out off the main event loop. */
  reports: ReportRunner;
  /** The duplicate check's schedule; the check runs in the reports worker. */
  duplicates: DuplicateChecks;
  /** Sync with the council server; idle on a single desk. */
  sync: SyncService;
}

/** Per-call state: the caller's session, and a way to hand the host a new session token. */
export class Call {
  /** undefined: unchanged; null: signed out; string: the new session's token. */
  issuedToken: string | null | undefined = undefined;

  constructor(
    readonly ctx: ApiContext,
    readonly session: Session | undefined,
  ) {}

  requireSession(): Session {
    if (!this.session) throw new ApiFailure('UNAUTHENTICATED', 'Sign in to continue.');
    return this.session;
  }

  /** Who is writing, stamped on every record and change-log entry. */
  actor(): Actor {
    const session = this.requireSession();
    return { staffId: session.staffId, siteId: session.siteId, at: this.ctx.clock.now() };
  }
}

export type Handler<K extends MethodName> = (
  ctx: ApiContext,
  input: ParsedInputOf<K>,
  call: Call,
) => Promise<OutputOf<K>>;

export type Handlers = { [K in MethodName]: Handler<K> };

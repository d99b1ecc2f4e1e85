// The desk's sync with the council server (issue 21): enrolment, then rounds of push and
// pull every few seconds and soon after each save, one round at a time. A desk with no
// server configured does nothing here: single-desk mode, exactly as before.
import type { SyncStatus } from '../../shared/api/sync';
import { ApiFailure } from '../../shared/api/errors';
import type { Clock } from '../../shared/domain/clock';
import { londonTimeOf } from '../../shared/time/london';
import {
  openProblemCount,
  recordPushRefusal,
  settleShippedPushProblems,
} from '../../db/queries/sync/problems';
import {
  noteContact,
  readSyncState,
  saveIdentity,
  waitingCount,
  type DeskIdentity,
} from '../../db/queries/sync/state';
import { allStaffAccounts } from '../../db/queries/sync/verifiers';
import { inTransaction, type Db } from '../../db/write';
import type { EventBus } from '../api/events';
import { pushOutbox } from './outbox';
import { topUpLeases } from './leases';
import { pullAll } from './pull';
import { serverRequest, type ServerAddress } from './server-request';
import { eventsFor } from './pulled-events';
import { councilHeld } from './council-held';
import { requestEnrolment } from './enrol-request';
import { askCheckIn, askFigures, askSignIn, askStep } from './server-questions';
import type { VisitAction } from '../../shared/domain/visits';
import type { StepCheck } from '../../shared/sync/wire';
import { writeBaseline } from '../../db/queries/sync/baseline';
import { LiveEvents } from './live';
import { takeBackIfRefused } from './owned-edits';
import { trimIfDue } from './trim-profile';

/** Seals the desk's secret with the operating system's key store (Electron's safeStorage). */
export interface SecretSealer {
  seal(secret: string): string;
  unseal(sealed: string): string;
}

export interface SyncOptions {
  fetch?: typeof fetch;
  sealer?: SecretSealer | null;
  /** Between rounds while joined (default 5 s). */
  intervalMs?: number;
  /** After a save, how soon its round starts (default 300 ms: a burst of saves goes together). */
  nudgeMs?: number;
  timeoutMs?: number;
  /** Pull as soon as the server says the council changed (default on; live.ts). */
  live?: boolean;
}

export class SyncService {
  private round: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private nudgeTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Set once the desk is joined to a server (start): before that a save needs no round. */
  private joined = false;
  private readonly live = new LiveEvents({
    address: () => this.serverAddress(),
    changed: () =>
      void this.syncNow().catch((error) => console.error('[sync] round failed', error)),
  });

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly events: EventBus,
    private readonly options: SyncOptions = {},
  ) {}

  async status(): Promise<SyncStatus> {
    const state = await readSyncState(this.db);
    const id = state.identity;
    return {
      mode: id ? 'joined' : 'single',
      serverUrl: id?.serverUrl ?? null,
      deskName: id?.deskName ?? null,
      siteId: id?.siteId ?? null,
      siteCode: id?.siteCode ?? null,
      enrolledAt: id?.enrolledAt ?? null,
      online: id !== null && state.offlineSince === null,
      offlineSince: id ? state.offlineSince : null,
      lastContactAt: id ? state.lastContactAt : null,
      waiting: await waitingCount(this.db),
      problems: await openProblemCount(this.db),
      secretSealed: id?.sealed ?? false,
    };
  }

  /** Trades a one-time code for this desk's identity, keeps it, and starts syncing. */
  async enrol(input: { serverUrl: string; code: string; deskName: string }): Promise<SyncStatus> {
    const state = await readSyncState(this.db);
    if (state.identity) {
      throw new ApiFailure(
        'CONFLICT',
        `This desk is already joined to ${state.identity.serverUrl} as ${state.identity.deskName}.`,
      );
    }
    const holds = await councilHeld(this.db, this.clock.now());
    const body = await requestEnrolment(input, holds, this.options);
    const sealer = this.options.sealer ?? null;
    const identity: DeskIdentity = {
      serverUrl: input.serverUrl,
      deskId: body.deskId,
      deskName: input.deskName,
      siteId: body.siteId,
      siteCode: body.siteCode,
      issuingPoint: body.issuingPoint,
      secret: sealer ? sealer.seal(body.secret) : body.secret,
      sealed: sealer !== null,
      enrolledAt: this.clock.now().toISOString(),
    };
    await inTransaction(this.db, async (tx) => {
      await saveIdentity(tx, identity);
      // The council's first PC publishes everything it holds (db/queries/sync/baseline.ts),
      // with its joining, so the two commit together.
      if (holds && body.serverEmpty) await writeBaseline(tx, this.clock.now());
    });
    // The accounts this desk holds, so the server knows who makes its changes and they can
    // sign in at other desks too.
    await serverRequest(
      { ...identity, secret: body.secret, ...this.fetchOptions() },
      '/sync/staff',
      { staff: await allStaffAccounts(this.db) },
    );
    this.start();
    await this.syncNow();
    return this.status();
  }

  /**
   * Asks the council server whether a password is right (signing in online, issue 21): the
   * person's id and hash when it is, `{ match: false }` when not, and null when this desk has
   * no server or cannot reach it (the desk then checks what it holds).
   */
  async checkOnServer(
    username: string,
    password: string,
  ): Promise<{ match: true; staffId: string; verifier: string } | { match: false } | null> {
    const address = await this.serverAddress();
    return address ? askSignIn(address, username, password) : null;
  }

  /**
   * Asks the council server to grant a step of a visit (issue 22): the server's answer, or
   * that this desk has no server or cannot reach it now.
   */
  async claimStep(
    visitId: string,
    action: VisitAction,
    serviceDesk: { id: string; name: string } | null,
  ): Promise<StepCheck> {
    const address = await this.serverAddress();
    return address ? askStep(address, visitId, action, serviceDesk) : { status: 'single' };
  }

  /** The council server's figures for this desk's team leader (./council-figures.ts). */
  async askFigures(
    report: string,
    staffId: string,
    input: unknown,
    now: Date,
  ): Promise<{ ok: true; value: unknown } | { ok: false; reason: string }> {
    const address = await this.serverAddress();
    if (!address) return { ok: false, reason: 'This desk is not joined to a council server.' };
    return askFigures(address, report, staffId, input, now);
  }

  /** Asks the council server to grant checking an appointment in (issue 22). */
  async claimCheckIn(appointmentId: string): Promise<StepCheck> {
    const address = await this.serverAddress();
    return address ? askCheckIn(address, appointmentId) : { status: 'single' };
  }

  private fetchOptions() {
    return this.options.fetch ? { fetch: this.options.fetch } : {};
  }

  /**
   * Refuses, with the reason, while this desk is joined to a council server it cannot reach:
   * what the server owns (the council's lists, settings, staff accounts) is changed only online.
   */
  async requireReachable(): Promise<void> {
    const state = await readSyncState(this.db);
    if (!state.identity || state.offlineSince === null) return;
    const since = londonTimeOf(state.offlineSince);
    throw new ApiFailure(
      'CONFLICT',
      `The council's lists, settings and staff accounts are changed through the council server, and this desk has not reached it since ${since}. Try again once the header says Online.`,
    );
  }

  /**
   * After a save of what the council server owns (NEEDS_THE_SERVER), on a joined desk: sends it
   * now and, if the server refuses it, takes it back and throws its reason (./owned-edits.ts).
   */
  async confirmOwnedEdit(mutationId: string): Promise<void> {
    if (!(await readSyncState(this.db)).identity) return;
    await this.syncNow();
    await takeBackIfRefused(this.db, this.events, mutationId);
  }

  /** Runs a round now, or one more right after the round under way. */
  syncNow(): Promise<void> {
    if (this.round) {
      this.again = true;
      return this.round;
    }
    this.round = (async () => {
      try {
        do {
          this.again = false;
          await this.runRound();
        } while (this.again && !this.stopped);
      } finally {
        this.round = null;
      }
    })();
    return this.round;
  }

  /** A save was made: sync soon, so other desks see it within a few seconds. */
  nudge(): void {
    if (!this.joined || this.stopped || this.nudgeTimer) return;
    this.nudgeTimer = setTimeout(() => {
      this.nudgeTimer = null;
      void this.syncNow().catch((error) => console.error('[sync] round failed', error));
    }, this.options.nudgeMs ?? 300);
  }

  /** Starts the rounds if this desk is joined to a server; a single desk has none. */
  async startIfJoined(): Promise<void> {
    if ((await readSyncState(this.db)).identity) this.start();
  }

  /** Starts the rounds: every few seconds, and soon after each save. */
  start(): void {
    if (this.timer || this.stopped) return;
    this.joined = true;
    this.timer = setInterval(() => {
      void this.syncNow().catch((error) => console.error('[sync] round failed', error));
    }, this.options.intervalMs ?? 5_000);
    this.timer.unref?.();
    if (this.options.live !== false) this.live.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.nudgeTimer) clearTimeout(this.nudgeTimer);
    await this.live.stop();
    await this.round?.catch(() => undefined);
  }

  private async runRound(): Promise<void> {
    const server = await this.serverAddress();
    if (!server) return;
    const before = await this.status();
    const now = () => this.clock.now();
    const at = now().toISOString();
    const address = { ...server, db: this.db, now };
    const pushed = await pushOutbox(address);
    await inTransaction(this.db, async (tx) => {
      for (const refused of pushed.refused) {
        await recordPushRefusal(tx, refused.mutationId, refused.reason, at);
      }
      await settleShippedPushProblems(tx, at);
    });
    const pulled = pushed.failed?.reached === false ? null : await pullAll(address);
    let reached = pushed.failed?.reached !== false && pulled?.failed?.reached !== false;
    if (reached) {
      reached = await topUpLeases({ ...address, siteCode: server.siteCode, now: now() });
    }
    await inTransaction(this.db, (tx) => noteContact(tx, reached, at));
    // Once the server holds everything, the desk lets go of old history (./trim-profile.ts).
    if (reached && pulled && !pulled.failed) {
      await trimIfDue(this.db, now()).catch((error) => console.error('[sync] trim failed', error));
    }
    if (pulled) {
      for (const [name, payload] of eventsFor(pulled.touched)) {
        this.events.emit(name, payload);
      }
    }
    const after = await this.status();
    if (JSON.stringify(before) !== JSON.stringify(after)) this.events.emit('sync.changed', null);
  }

  /**
   * Where and how this desk reaches its server, its secret unsealed; null on a single desk,
   * or where the secret is sealed by a key store this host cannot open (browser mode opening
   * a desk joined in the desktop app), which is logged. Asked from elsewhere too
   * (./older-history.ts).
   */
  async serverAddress(): Promise<(ServerAddress & { siteCode: string }) | null> {
    const id = (await readSyncState(this.db)).identity;
    if (!id) return null;
    let secret = id.secret;
    if (id.sealed) {
      if (!this.options.sealer) {
        console.error(
          '[sync] This desk’s secret is sealed by the desktop app’s key store; open Council Contact’s desktop window to sync.',
        );
        return null;
      }
      try {
        secret = this.options.sealer.unseal(id.secret);
      } catch (error) {
        console.error('[sync] The desk’s secret could not be unsealed:', (error as Error).message);
        return null;
      }
    }
    return {
      serverUrl: id.serverUrl,
      deskId: id.deskId,
      secret,
      siteCode: id.siteCode,
      ...this.fetchOptions(),
      ...(this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {}),
    };
  }
}

// One simulated desk PC: the real desk back end (SQLite, dispatch, the sync service) on a data
// folder of its own, joined to the council through Settings' enrolment, with its own clock
// (skewed by up to ten minutes) and its own network (faults.ts). It can be stopped and started
// again on the same folder, as a PC is switched off and on.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { DATABASE_FILE_NAME } from '../../db/open';
import { openBackend, QUIET, type OpenBackend } from '../../electron/api/backend';
import { dispatch } from '../../electron/api/dispatch';
import type { InputOf, MethodName, OutputOf, Result } from '../../shared/api';
import { settableClock, type SettableClock } from '../../shared/domain/clock';
import type { Dice } from './dice';
import { faultyFetch, type Faults } from './faults';

/**
 * Rounds run when the simulation says, never on a timer or a server's event, so a seed replays
 * exactly.
 */
const ON_REQUEST = { intervalMs: 86_400_000, nudgeMs: 86_400_000, live: false };

export class SimDesk {
  readonly faults: Faults = { offline: false, loseAnswer: 0, lost: { push: 0, pull: 0 } };
  readonly clock: SettableClock;
  private opened!: OpenBackend;
  private token: string | null = null;
  readonly dataDir: string;
  /** Mutation ids of saves this desk answered "saved" to. */
  readonly acknowledged: string[] = [];

  constructor(
    readonly name: string,
    readonly skewMs: number,
    readonly username: string,
    private readonly dice: Dice,
    /** The data folder's database to start from; null for a new PC with none. */
    template: string | null,
    /** How often the desk syncs by itself; by default only when the simulation says. */
    private readonly timing: { intervalMs: number; nudgeMs: number } = ON_REQUEST,
  ) {
    this.dataDir = mkdtempSync(join(tmpdir(), 'council-sim-desk-'));
    if (template) copyFileSync(template, join(this.dataDir, DATABASE_FILE_NAME));
    this.clock = settableClock(new Date(0));
  }

  get sqlite() {
    return this.opened.database!.sqlite;
  }

  /** The desk's Kysely handle (for the queries the benchmarks read with). */
  get database() {
    return this.opened.database!.db;
  }

  /** Switches the PC on: the back end opens its database as the app does. */
  async start(): Promise<void> {
    this.opened = await openBackend({
      dataDir: this.dataDir,
      clock: this.clock,
      backgroundCheckpoints: false,
      ...QUIET,
      sync: { ...this.timing, fetch: faultyFetch(this.faults, this.dice), timeoutMs: 10_000 },
    });
    this.token = null;
  }

  /** Switches it off (sessions are lost; the database keeps everything committed). */
  async stop(): Promise<void> {
    await this.opened.close();
  }

  remove(): void {
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  setTime(simNow: number): void {
    this.clock.set(new Date(simNow + this.skewMs));
  }

  async call<K extends MethodName>(
    method: K,
    input: InputOf<K>,
    mutationId?: string,
  ): Promise<Result<OutputOf<K>>> {
    const response = await dispatch(this.opened.backend, {
      method,
      input,
      token: this.token,
      ...(mutationId ? { mutationId } : {}),
    });
    if (response.token !== undefined) this.token = response.token;
    return response.result as Result<OutputOf<K>>;
  }

  async signIn(username = this.username): Promise<void> {
    const result = await this.call('auth.signIn', { username, password: 'demo1234' });
    if (!result.ok) throw new Error(`${this.name}: sign-in failed: ${result.error.message}`);
  }

  /** A save as a screen sends it: with a new mutation id, kept if the desk says it saved. */
  async save<K extends MethodName>(method: K, input: InputOf<K>): Promise<OutputOf<K> | null> {
    const mutationId = uuidv7();
    let result = await this.call(method, input, mutationId);
    if (!result.ok && ['UNAUTHENTICATED', 'LOCKED'].includes(result.error.code)) {
      await this.signIn();
      result = await this.call(method, input, mutationId);
    }
    if (!result.ok) return null;
    this.acknowledged.push(mutationId);
    return result.value;
  }

  async enrol(serverUrl: string, code: string): Promise<void> {
    await this.signIn('admin');
    const joined = await this.call('sync.enrol', { serverUrl, code, deskName: this.name });
    if (!joined.ok) throw new Error(`${this.name}: enrolment failed: ${joined.error.message}`);
    await this.signIn();
  }

  /** A new PC joining from its first-run screen: it takes the council from the server. */
  async joinAsNewPc(serverUrl: string, code: string): Promise<void> {
    const joined = await this.call('setup.joinCouncil', { serverUrl, code, deskName: this.name });
    if (!joined.ok) throw new Error(`${this.name}: joining failed: ${joined.error.message}`);
    if (!joined.value.staffArrived) throw new Error(`${this.name}: no staff came from the server`);
    await this.signIn();
  }

  /** One round of push and pull, as the desk's timer would start. */
  async sync(): Promise<void> {
    await this.opened.backend.ctx!.sync.syncNow();
  }

  async waiting(): Promise<number> {
    return (await this.opened.backend.ctx!.sync.status()).waiting;
  }
}

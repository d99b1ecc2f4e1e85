// Opens the database in a data folder and builds the API back end that both hosts wrap.
// A database that cannot be opened still yields a back end: every call answers with the
// reason, so the window can show it instead of the app vanishing.
import { join } from 'node:path';
import { systemClock, type Clock } from '../../shared/domain/clock';
import {
  DATABASE_FILE_NAME,
  DatabaseOpenError,
  openDatabase,
  type OpenedDatabase,
} from '../../db/open';
import { CHECKPOINT_EVERY_MS } from '../reports/checkpoints';
import { ReportRunner } from '../reports/runner';
import { startRetentionSchedule } from './data-protection/schedule';
import { DuplicateChecks } from './customers/duplicates-schedule';
import type { ApiBackend } from './dispatch';
import { EventBus } from './events';
import { seedDemoCouncil } from './setup/demo-council';
import { ensureDefaultStandards } from './setup/first-run';
import { SessionStore } from './sessions';
import { SyncService, type SyncOptions } from '../sync/service';

export interface BackendOptions {
  dataDir: string;
  clock?: Clock;
  /**
   * Seed the demo council, with its published demo passwords, into an empty database
   * (`--demo` or COUNCIL_CONTACT_DEMO=1; default false: a new data folder then asks for the
   * council's name and first administrator).
   */
  demo?: boolean;
  /** Checkpoint the log on the reports worker's thread (default true; the unit tests' many
   * short-lived back ends leave it to SQLite instead of starting a thread each). */
  backgroundCheckpoints?: boolean;
  /** Blank personal details past retention at start-up and daily (default true). */
  retentionSchedule?: boolean;
  /** Look for duplicate customer records after start-up and after customer changes (default:
   * as `backgroundCheckpoints`, since it starts the reports worker). "Check now" works without. */
  duplicateSchedule?: boolean;
  /** How this desk syncs once joined to a council server (the sealer for its secret, timings). */
  sync?: SyncOptions;
}

/**
 * For tools that write a whole council in bulk (the demo-data generator, the benchmarks): no
 * retention run and no duplicate check beside them, so the long writes never meet another
 * writer ("database is locked") and the timings measure only what they time.
 */
export const QUIET = { retentionSchedule: false, duplicateSchedule: false } as const;

export interface OpenBackend {
  backend: ApiBackend;
  database: OpenedDatabase | null;
  events: EventBus;
  close(): Promise<void>;
}

export async function openBackend(options: BackendOptions): Promise<OpenBackend> {
  const clock = options.clock ?? systemClock;
  const events = new EventBus();
  const file = join(options.dataDir, DATABASE_FILE_NAME);
  let database: OpenedDatabase;
  try {
    database = await openDatabase(file);
  } catch (error) {
    const message =
      error instanceof DatabaseOpenError
        ? error.message
        : `Cannot open the database at ${file}: ${(error as Error).message}`;
    console.error(`[database] ${message}`);
    return {
      backend: { failure: { code: 'DATABASE', message } },
      database: null,
      events,
      close: () => Promise.resolve(),
    };
  }
  if (options.demo) await seedDemoCouncil(database.db, clock.now());
  await ensureDefaultStandards(database.db, clock.now());
  const reports = new ReportRunner(
    database.file,
    options.backgroundCheckpoints === false ? undefined : CHECKPOINT_EVERY_MS,
  );
  const duplicates = new DuplicateChecks(database.db, clock, (now) => reports.checkDuplicates(now));
  const sync = new SyncService(database.db, clock, events, options.sync);
  await sync.startIfJoined();
  const ctx = {
    db: database.db,
    clock,
    sessions: new SessionStore(),
    events,
    reports,
    duplicates,
    sync,
  };
  const retention =
    options.retentionSchedule === false ? null : startRetentionSchedule(database.db, clock);
  if (options.duplicateSchedule ?? options.backgroundCheckpoints !== false) duplicates.start();
  const close = async () => {
    await sync.stop();
    await retention?.stop();
    duplicates.stop();
    await reports.close();
    await database.close();
  };
  return { backend: { ctx }, database, events, close };
}

// When the duplicate check runs: once after start-up (unless the stored check already saw
// every customer change), then whenever customer records have changed, at most once every
// five minutes, and at least daily; or at once when a team leader asks ("Check now"). The
// check itself runs in the reports worker (electron/reports/duplicate-check.ts); here only
// the change log's newest rows are read, once a minute, to see whether a customer changed.
// Checks run one after another, never two at once.
import type { DuplicateCheckSummary } from '../../../shared/api/customers';
import { ApiFailure } from '../../../shared/api/errors';
import type { Clock } from '../../../shared/domain/clock';
import {
  customersChangedAfter,
  latestDuplicateCheck,
} from '../../../db/queries/customers/duplicates';
import type { Db } from '../../../db/write';

export interface DuplicateScheduleTimes {
  /** How often to look for customer changes. */
  lookEveryMs: number;
  /** The least time between two checks the schedule starts (not "Check now"). */
  atMostEveryMs: number;
  /** A check at least this often, changes or not (edits outside the app's own writes). */
  atLeastEveryMs: number;
}

export const DUPLICATE_SCHEDULE: DuplicateScheduleTimes = {
  lookEveryMs: 60_000,
  atMostEveryMs: 5 * 60_000,
  atLeastEveryMs: 24 * 60 * 60_000,
};

export class DuplicateChecks {
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** performance.now() when the schedule last started a check. */
  private lastStarted = -Infinity;
  /** The change log's last row already looked at. */
  private lookedUpTo: number | null = null;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    /** Runs one check in the reports worker. */
    private readonly check: (now: Date) => Promise<DuplicateCheckSummary>,
    private readonly times: DuplicateScheduleTimes = DUPLICATE_SCHEDULE,
  ) {}

  /** A check is running or waiting to. */
  get checking(): boolean {
    return this.waiting > 0;
  }

  /** Runs a check after any under way, and answers when it is stored. */
  checkNow(): Promise<DuplicateCheckSummary> {
    this.waiting += 1;
    const run = this.queue.then(async () => {
      const summary = await this.check(this.clock.now());
      this.lookedUpTo = null; // the stored check's mark is the one to look from now
      return summary;
    });
    this.queue = run.then(
      () => (this.waiting -= 1),
      () => (this.waiting -= 1),
    );
    return run.catch((error: unknown) => {
      // A check cut short by the app closing is no news.
      if (!this.stopped)
        console.error(`[duplicates] the check failed: ${(error as Error).message}`);
      throw new ApiFailure('INTERNAL', 'The duplicate check could not finish. Try again.');
    });
  }

  /** Starts the schedule: a first look now, then every `lookEveryMs`. */
  start(): void {
    if (this.timer || this.stopped) return;
    void this.lookAndRun();
    this.timer = setInterval(() => void this.lookAndRun(), this.times.lookEveryMs);
    // The timer alone must not keep a closing app (or a test run) alive.
    this.timer.unref();
  }

  /** Stops the schedule. A check under way is not waited for: closing the reports worker
   * ends it, and its unfinished pairs are cleared by the next check (duplicate-store.ts). */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Starts a check when one is due; a failure waits for the next look. */
  async lookAndRun(): Promise<void> {
    if (this.stopped || this.checking) return;
    if (performance.now() - this.lastStarted < this.times.atMostEveryMs) return;
    try {
      if (!(await this.due())) return;
      this.lastStarted = performance.now();
      await this.checkNow();
    } catch {
      // Logged by checkNow; the next look tries again.
    }
  }

  private async due(): Promise<boolean> {
    const latest = await latestDuplicateCheck(this.db);
    if (!latest) return true;
    const age = this.clock.now().getTime() - new Date(latest.checkedAt).getTime();
    if (age >= this.times.atLeastEveryMs) return true;
    // Look only at the log's rows since the last look: a busy day's contacts are not reread.
    const after = Math.max(this.lookedUpTo ?? latest.changeMark, latest.changeMark);
    const { changed, mark } = await customersChangedAfter(this.db, after);
    if (!changed) this.lookedUpTo = mark;
    return changed;
  }
}

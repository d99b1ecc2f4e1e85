// The retention run on a timer: once as the app starts and then every day, so personal details
// past retention (UK GDPR Art. 5(1)(e)) do not wait for someone to remember. Both hosts (the
// desktop window and browser mode) get it through openBackend.
import type { Clock } from '../../../shared/domain/clock';
import type { Db } from '../../../db/write';
import { anonymiseExpired } from './retention-run';

export const RETENTION_EVERY_MS = 24 * 60 * 60 * 1000;

export interface RetentionSchedule {
  /** Stops the timer and waits for a run under way, so the database can close under it. */
  stop(): Promise<void>;
}

export function startRetentionSchedule(db: Db, clock: Clock): RetentionSchedule {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const run = () => {
    if (stopped) return;
    running = running
      .then(() => anonymiseExpired(db, { staffId: null, siteId: null, at: clock.now() }))
      .then(
        () => undefined,
        (error: unknown) => {
          // A failed run changes nothing (each step is a transaction); tomorrow's tries again.
          console.error(`[retention] the daily run failed: ${(error as Error).message}`);
        },
      );
  };
  run();
  const timer = setInterval(run, RETENTION_EVERY_MS);
  // The timer alone must not keep a closing app (or a test run) alive.
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

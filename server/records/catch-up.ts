// Brings the record tables up to date with the changes the server holds (issue 23). A push
// writes only its changes, so a desk's sync never waits on the records; they catch up a moment
// later (every two seconds while changes come in) and always before a report is answered, in
// steps of a few thousand versions, each step one transaction. One instance at a time: the
// others find the lock taken and leave it, since the holder is doing the same work.
import { sql } from 'kysely';
import type { ServerDb } from '../db/connect';
import { projectChanges } from './project';

/** Versions brought up to date in one transaction: a backlog never holds one open for long. */
const STEP = 5_000n;

/**
 * Projects the changes past the record tables' version; `wait` for an instance already at it
 * (a report must see every change), else leave it to that instance. True if up to date.
 */
export async function catchUpRecords(db: ServerDb, wait = true): Promise<boolean> {
  for (;;) {
    const done = await db.transaction().execute(async (tx) => {
      const lock = wait
        ? sql`select pg_advisory_xact_lock(hashtext('records_projected')) is null as got`
        : sql`select pg_try_advisory_xact_lock(hashtext('records_projected')) as got`;
      const locked = (await lock.execute(tx)).rows[0] as { got: boolean };
      if (!wait && !locked.got) return 'busy' as const;
      const projected = BigInt(
        (await tx.selectFrom('records_projected').select('version').executeTakeFirstOrThrow())
          .version,
      );
      const newest = BigInt(
        (await tx.selectFrom('council_version').select('version').executeTakeFirstOrThrow())
          .version,
      );
      if (newest <= projected) return 'current' as const;
      const upto = newest - projected > STEP ? projected + STEP : newest;
      await projectChanges(tx, projected, upto);
      await tx.updateTable('records_projected').set({ version: upto.toString() }).execute();
      return upto === newest ? ('current' as const) : ('more' as const);
    });
    if (done !== 'more') return done === 'current';
  }
}

/** Keeps the records caught up every `everyMs` while the server runs; returns the stopper. */
export function keepRecordsCaughtUp(
  db: ServerDb,
  everyMs = 2_000,
  onError: (error: Error) => void = () => undefined,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => catchUpRecords(db, false)).catch(onError);
  }, everyMs);
  timer.unref?.();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

// When a joined desk trims to its offline profile (issue 21; db/queries/sync/trim.ts): after a
// round whose pull reached the server and left nothing of this desk's waiting to go, at most
// once a London day. The days kept are the council's setting; "today" is the service's clock.
import { getSetting } from '../../db/queries/settings/settings';
import { readSyncState, waitingCount } from '../../db/queries/sync/state';
import {
  lastTrimOn,
  saveLastTrimOn,
  trimCutoff,
  trimToProfile,
  type TrimReport,
} from '../../db/queries/sync/trim';
import { inTransaction, type Db } from '../../db/write';
import { londonDateOf } from '../../shared/time/london';

/** Trims if this desk is joined, its outbox is empty and it has not trimmed today; else null. */
export async function trimIfDue(db: Db, now: Date): Promise<TrimReport | null> {
  if (!(await readSyncState(db)).identity) return null;
  // With changes still to go the server does not yet hold all this desk has: wait for a
  // round that ships them (rule 2 is checked row by row as well).
  if ((await waitingCount(db)) > 0) return null;
  const today = londonDateOf(now);
  if ((await lastTrimOn(db)) === today) return null;
  const days = await getSetting(db, 'sync.offlineHistoryDays');
  const report = await trimToProfile(db, { cutoff: trimCutoff(now, days) });
  // Noted even when it stopped part way: the next day's trim plans afresh and takes the rest.
  await inTransaction(db, (tx) => saveLastTrimOn(tx, today));
  if (report.stopped)
    console.error('[sync] The trim to the offline profile stopped:', report.stopped);
  return report;
}

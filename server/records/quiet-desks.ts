// The desks the council server has not heard from lately (issue 23): council-wide figures name
// them, since work they hold that has not reached the server is not counted yet. A desk pulls
// every few seconds while it runs, so ten minutes of silence means it is off or cut off.
import { sql } from 'kysely';
import type { QuietDesk } from '../../shared/api/figures-source';
import type { ServerDb } from '../db/connect';

/** Silence longer than this makes a desk quiet. */
export const QUIET_AFTER_MS = 10 * 60_000;

/** Notes that a desk reached the server; written at most every 15 seconds per desk. */
export async function noteDeskSeen(db: ServerDb, deskId: string): Promise<void> {
  await db
    .updateTable('desks')
    .set({ last_seen_at: sql<Date>`now()` })
    .where('id', '=', deskId)
    .where((eb) =>
      eb.or([
        eb('last_seen_at', 'is', null),
        eb('last_seen_at', '<', sql<Date>`now() - interval '15 seconds'`),
      ]),
    )
    .execute();
}

/** The enrolled desks not heard from in QUIET_AFTER_MS, longest silent first. */
export async function quietDesks(db: ServerDb): Promise<QuietDesk[]> {
  const rows = await db
    .selectFrom('desks')
    .select(['name', 'last_seen_at'])
    .where('retired_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('last_seen_at', 'is', null),
        eb('last_seen_at', '<', sql<Date>`now() - make_interval(secs => ${QUIET_AFTER_MS / 1000})`),
      ]),
    )
    .orderBy('last_seen_at')
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ name: r.name, lastSeenAt: r.last_seen_at?.toISOString() ?? null }));
}

// Warning markers (for example "potentially violent person"): the active ones for some
// customers, and the log of every time a member of staff was shown one. The DWP partner
// SLA asks that markers be shown to anyone about to meet the customer and that access to
// them be auditable, so each view is a row, never a counter.
import type { Db, Tx } from '../../write';
import { newId } from '../../write';

export interface ActiveMarker {
  id: string;
  customer_id: string;
  kind: string;
  reason: string;
  review_date: string;
  set_at: string;
  set_by_name: string;
}

export async function activeMarkers(db: Db | Tx, customerIds: string[]): Promise<ActiveMarker[]> {
  if (customerIds.length === 0) return [];
  return db
    .selectFrom('customer_markers as m')
    .innerJoin('staff as s', 's.id', 'm.set_by')
    .select([
      'm.id',
      'm.customer_id',
      'm.kind',
      'm.reason',
      'm.review_date',
      'm.set_at',
      's.display_name as set_by_name',
    ])
    .where('m.customer_id', 'in', customerIds)
    .where('m.removed_at', 'is', null)
    .orderBy('m.set_at')
    .execute();
}

/** Records that `staffId` was shown each marker, and where ("customer view", "desk"). */
export async function logMarkerViews(
  db: Db,
  markers: Pick<ActiveMarker, 'id' | 'customer_id'>[],
  staffId: string,
  context: string,
  at: Date,
): Promise<void> {
  if (markers.length === 0) return;
  await db
    .insertInto('customer_marker_views')
    .values(
      markers.map((m) => ({
        id: newId(),
        marker_id: m.id,
        customer_id: m.customer_id,
        staff_id: staffId,
        viewed_at: at.toISOString(),
        context,
      })),
    )
    .execute();
}

/**
 * Logs the markers a screen that refreshes itself shows (the queue board polls every few
 * seconds). A marker this person was already logged seeing there within `minutes` is not
 * logged again: while it stays on their screen the log holds a row every `minutes` (who saw
 * it, and from when to when), not one per refresh burying every other view.
 */
export async function logMarkerViewsOnScreen(
  db: Db,
  markers: Pick<ActiveMarker, 'id' | 'customer_id'>[],
  staffId: string,
  context: string,
  at: Date,
  minutes: number,
): Promise<void> {
  if (markers.length === 0) return;
  const since = new Date(at.getTime() - minutes * 60_000).toISOString();
  const seen = await db
    .selectFrom('customer_marker_views')
    .select('marker_id')
    .where(
      'marker_id',
      'in',
      markers.map((m) => m.id),
    )
    .where('staff_id', '=', staffId)
    .where('viewed_at', '>', since)
    .where('context', '=', context)
    .execute();
  const logged = new Set(seen.map((r) => r.marker_id));
  await logMarkerViews(
    db,
    markers.filter((m) => !logged.has(m.id)),
    staffId,
    context,
    at,
  );
}

// Warning markers (for example "potentially violent person"): the active ones for some
// customers, and the log of every time a member of staff was shown one. The DWP partner
// SLA asks that markers be shown to anyone about to meet the customer and that access to
// them be auditable, so each view is a row, never a counter.
import type { ReadableDB, WritableDB } from '../../handles';
import { insertLogged, newId, updateLogged, type Actor, type Db } from '../../write';

export interface ActiveMarker {
  id: string;
  customer_id: string;
  kind: string;
  reason: string;
  review_date: string;
  set_at: string;
  set_by_name: string;
}

export async function activeMarkers(
  db: ReadableDB,
  customerIds: string[],
): Promise<ActiveMarker[]> {
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

/** The active markers' ids alone, for a list that only flags who has one. */
export async function activeMarkerIds(
  db: ReadableDB,
  customerIds: string[],
): Promise<{ id: string; customer_id: string }[]> {
  if (customerIds.length === 0) return [];
  return db
    .selectFrom('customer_markers')
    .select(['id', 'customer_id'])
    .where('customer_id', 'in', customerIds)
    .where('removed_at', 'is', null)
    .execute();
}

/** One marker as stored, removed or not. */
export function findMarker(db: ReadableDB, id: string) {
  return db
    .selectFrom('customer_markers')
    .select(['id', 'customer_id', 'removed_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function addMarker(
  tx: WritableDB,
  actor: Actor,
  marker: { customerId: string; kind: string; reason: string; reviewDate: string },
): Promise<void> {
  await insertLogged(tx, actor, 'customer_markers', {
    id: newId(),
    customer_id: marker.customerId,
    kind: marker.kind,
    reason: marker.reason,
    review_date: marker.reviewDate,
    set_by: actor.staffId!,
    set_at: actor.at.toISOString(),
    removed_at: null,
  });
}

/** A review's decision: kept until the next review, or removed now. */
export async function reviewMarker(
  tx: WritableDB,
  actor: Actor,
  id: string,
  decision: { keep: true; nextReviewDate: string } | { keep: false },
): Promise<void> {
  await updateLogged(
    tx,
    actor,
    'customer_markers',
    id,
    decision.keep
      ? { review_date: decision.nextReviewDate }
      : { removed_at: actor.at.toISOString() },
  );
}

/**
 * Records that `staffId` was shown each marker, and where ("customer view", "desk"). An
 * append-only log written on the connection as well as in a transaction: a look is logged
 * even where the caller writes nothing else.
 */
export async function logMarkerViews(
  db: Db | WritableDB,
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
  db: Db | WritableDB,
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

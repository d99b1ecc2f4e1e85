// The queue board a site's screens read: who is waiting and being seen, the desks and
// whether anyone is at them, the day's wait figures against the face-to-face standard, an
// estimate for a new arrival, and the latest calls. Every warning marker it shows is logged.
import type { GroupedWaits, QueueBoard } from '../../../shared/api';
import { faceToFaceWaits } from '../../../shared/metrics/waits';
import { londonDateOf, londonDayBounds } from '../../../shared/time/london';
import { activeMarkers, logMarkerViewsOnScreen } from '../../../db/queries/customers/markers';
import { queueTimes } from '../../../db/queries/targets';
import {
  firstServiceDesks,
  listOpenSiteVisits,
  listSiteDayVisits,
  recentCalls,
  recentServiceSeconds,
  serviceNames,
  type VisitRow,
} from '../../../db/queries/queue/visits';
import { listDesks } from '../../../db/queries/queue/desks';
import { queueSite } from '../../../db/queries/queue/sites';
import type { ReadableDB } from '../../../db/handles';
import { requireActive } from '../require-active';
import type { ApiContext, Call } from '../context';
import { deskPresence } from './staffing';
import { toDeskView, toVisitView, toWaitVisit } from './views';

/** Used for the estimate until today's first services have finished. */
const DEFAULT_SERVICE_MINUTES = 10;
/** A marker on a person's board is logged again after this long on their screen. */
const BOARD_VIEW_MINUTES = 10;

/** The site a queue call is about (the caller's own unless named): an active one. */
export async function siteOf(db: ReadableDB, call: Call, siteId: string | undefined) {
  const id = siteId ?? call.requireSession().siteId;
  await requireActive(db, 'sites', id, 'siteId', 'Choose the site from the list.');
  return queueSite(db, id);
}

function grouped(
  rows: VisitRow[],
  keyOf: (row: VisitRow) => string | undefined,
  now: Date,
  limit: number,
): GroupedWaits[] {
  const groups = new Map<string, VisitRow[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, list]) => ({ name, figures: faceToFaceWaits(list.map(toWaitVisit), now, limit) }));
}

/** A call as the waiting area sees it: the ticket and the desk, never the name. */
export function nowCallingItem(c: { ticket: string; desk_name: string; started_at: string }) {
  return { ticket: c.ticket, deskName: c.desk_name, calledAt: c.started_at };
}

export async function board(
  ctx: ApiContext,
  call: Call,
  siteId: string | undefined,
): Promise<QueueBoard> {
  const site = await siteOf(ctx.db, call, siteId);
  const now = ctx.clock.now();
  const today = londonDateOf(now);
  const [open, todays, desks, times, serviceName, presenceOf] = await Promise.all([
    listOpenSiteVisits(ctx.db, site.id),
    listSiteDayVisits(ctx.db, site.id, today),
    listDesks(ctx.db, site.id),
    queueTimes(ctx.db),
    serviceNames(ctx.db),
    deskPresence(ctx, now),
  ]);
  const { limit: limitMinutes, amber: amberMinutes } = times;
  const markers = await activeMarkers(ctx.db, [
    ...new Set(open.flatMap((v) => (v.customer_id ? [v.customer_id] : []))),
  ]);
  // Every view of a marker is logged, the board's too: it shows them beside each ticket. It
  // refreshes every few seconds, so a row per person per marker every 10 minutes it is shown.
  await logMarkerViewsOnScreen(
    ctx.db,
    markers,
    call.requireSession().staffId,
    'queue board',
    now,
    BOARD_VIEW_MINUTES,
  );
  const views = open.map((row) => toVisitView(row, now, markers));
  const waiting = views.filter((v) => v.state === 'waiting');
  const active = views.filter((v) => v.state !== 'waiting');
  const deskViews = desks.map((d) =>
    toDeskView(
      d,
      active.find((v) => v.deskId === d.id && (v.state === 'called' || v.state === 'in_service')) ??
        null,
      presenceOf(d),
    ),
  );
  // Issue 19: a desk open for someone signed out, locked or idle calls nobody.
  const staffedDesks = deskViews.filter((d) => d.presence === 'present').length;

  const dayStart = londonDayBounds(today).start.toISOString();
  const [recent, calls] = await Promise.all([
    recentServiceSeconds(ctx.db, site.id, dayStart),
    recentCalls(ctx.db, site.id, dayStart),
  ]);
  const serviceMinutes =
    recent.length > 0
      ? recent.reduce((a, b) => a + b, 0) / recent.length / 60
      : DEFAULT_SERVICE_MINUTES;
  // A new arrival waits while the visitors ahead are shared between the staffed desks.
  const estimatedWaitMinutes =
    staffedDesks === 0 ? null : Math.round((waiting.length / staffedDesks) * serviceMinutes);

  const deskOfVisit = await firstServiceDesks(
    ctx.db,
    todays.map((v) => v.id),
  );
  const figures = faceToFaceWaits(todays.map(toWaitVisit), now, limitMinutes);
  return {
    now: now.toISOString(),
    site: { id: site.id, name: site.name },
    amberMinutes,
    limitMinutes,
    waiting,
    active,
    desks: deskViews,
    staffedDesks,
    estimatedWaitMinutes,
    today: {
      ...figures,
      byService: grouped(todays, (v) => serviceName.get(v.first_service_id), now, limitMinutes),
      byDesk: grouped(todays, (v) => deskOfVisit.get(v.id), now, limitMinutes),
    },
    recentCalls: calls.map(nowCallingItem),
  };
}

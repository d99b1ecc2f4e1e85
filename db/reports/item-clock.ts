// The clock a hand-off or complaint runs on: its standard under the council's calendar and
// the opening hours of the site that sent it (for standards counted in working hours).
import { ALWAYS_OPEN, type ClockContext } from '../../shared/time/index';
import { londonDateOf } from '../../shared/time/london';
import { sitesOpeningHours } from '../queries/calendar-settings/opening-hours';
import type { Db } from '../write';
import { councilCalendar } from './council-calendar';

export async function clockContext(db: Db, siteId: string): Promise<ClockContext> {
  return (await clockContexts(db, [siteId])).get(siteId)!;
}

/** Each site's clock, the council's calendar read once for all of them. */
export async function clockContexts(
  db: Db,
  siteIds: Iterable<string>,
): Promise<Map<string, ClockContext>> {
  const sites = [...new Set(siteIds)];
  const [calendar, hours] = await Promise.all([councilCalendar(db), sitesOpeningHours(db, sites)]);
  return new Map(sites.map((site) => [site, { calendar, hours: hours.get(site) ?? ALWAYS_OPEN }]));
}

/** The London date by the end of which an instant deadline falls. */
export function dueDateOf(dueAt: Date): string {
  return londonDateOf(new Date(dueAt.getTime() - 1));
}

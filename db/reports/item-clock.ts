// The clock a hand-off or complaint runs on: its standard under the council's calendar and
// the opening hours of the site that sent it (for standards counted in working hours).
import { ALWAYS_OPEN, type ClockContext } from '../../shared/time/index';
import { londonDateOf } from '../../shared/time/london';
import { siteOpeningHours } from '../queries/calendar-settings/opening-hours';
import type { Db } from '../write';
import { councilCalendar } from './council-calendar';

export async function clockContext(db: Db, siteId: string): Promise<ClockContext> {
  const [calendar, hours] = await Promise.all([councilCalendar(db), siteOpeningHours(db, siteId)]);
  return { calendar, hours: hours ?? ALWAYS_OPEN };
}

/** The London date by the end of which an instant deadline falls. */
export function dueDateOf(dueAt: Date): string {
  return londonDateOf(new Date(dueAt.getTime() - 1));
}

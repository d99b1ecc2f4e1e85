// The clock a hand-off or complaint runs on: its standard under the council's calendar and
// the opening hours of the site that sent it (for standards counted in working hours).
import { ALWAYS_OPEN, openingHoursSchema, type ClockContext } from '../../../shared/time';
import { londonDateOf } from '../../../shared/time/london';
import type { Db } from '../../../db/write';
import { councilCalendar } from '../calendar-settings/council-calendar';

export async function clockContext(db: Db, siteId: string): Promise<ClockContext> {
  const [calendar, site] = await Promise.all([
    councilCalendar(db),
    db.selectFrom('sites').select('opening_hours').where('id', '=', siteId).executeTakeFirst(),
  ]);
  const hours = site ? openingHoursSchema.parse(JSON.parse(site.opening_hours)) : ALWAYS_OPEN;
  return { calendar, hours };
}

/** The London date by the end of which an instant deadline falls. */
export function dueDateOf(dueAt: Date): string {
  return londonDateOf(new Date(dueAt.getTime() - 1));
}

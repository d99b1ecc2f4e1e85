// The council's working calendar from its settings: region, closure days and extra holidays.
// Built once per distinct settings and reused, since reports run it over many items.
import { createWorkingCalendar, type WorkingCalendar } from '../../shared/time/index';
import { getSettings } from '../queries/settings/settings';
import type { Db } from '../write';

const cache = new Map<string, WorkingCalendar>();

export async function councilCalendar(db: Db): Promise<WorkingCalendar> {
  const {
    'calendar.region': region,
    'calendar.closureDays': closureDays,
    'calendar.extraHolidays': extraHolidays,
  } = await getSettings(db, ['calendar.region', 'calendar.closureDays', 'calendar.extraHolidays']);
  const key = JSON.stringify([region, closureDays, extraHolidays]);
  let calendar = cache.get(key);
  if (!calendar) {
    calendar = createWorkingCalendar({ region, closureDays, extraHolidays });
    cache.set(key, calendar);
  }
  return calendar;
}

import { z } from 'zod';
import {
  openingHoursSchema,
  REGIONS,
  standardSchema,
  type OpeningHours,
  type Region,
  type ServiceStandard,
} from '../time';
import { emptyInput, entityId } from './common';
import { method } from './define';

export interface CalendarSettings {
  region: Region;
  closureDays: string[];
  extraHolidays: string[];
  /** The region's bank holidays this year and next, for checking at a glance. */
  bankHolidays: { date: string; name: string }[];
}

export interface SiteHours {
  id: string;
  name: string;
  hours: OpeningHours;
}

export interface StandardView extends ServiceStandard {
  id: string;
  labels: string[];
}

const day = z.iso.date({ error: 'Write each date as YYYY-MM-DD.' });
const dateList = z
  .array(day)
  .max(200)
  .refine((days) => new Set(days).size === days.length, 'A date is listed twice.');
const adminOnly = ['administrator'] as const;

export const calendarSettingsContract = {
  'settings.calendar': method<CalendarSettings>()(emptyInput),
  'settings.updateCalendar': method<CalendarSettings>()(
    z
      .object({
        region: z.enum(REGIONS, {
          error: 'Choose England and Wales, Scotland or Northern Ireland.',
        }),
        closureDays: dateList,
        extraHolidays: dateList,
      })
      .strict(),
    'session',
    adminOnly,
  ),
  'sites.hours': method<SiteHours[]>()(emptyInput),
  'sites.updateHours': method<SiteHours>()(
    z.object({ siteId: entityId('the site'), hours: openingHoursSchema }).strict(),
    'session',
    adminOnly,
  ),
  'standards.list': method<StandardView[]>()(emptyInput),
  'standards.save': method<StandardView>()(
    z.object({ id: entityId('the standard').optional(), standard: standardSchema }).strict(),
    'session',
    adminOnly,
  ),
  'standards.remove': method<null>()(
    z.object({ id: entityId('the standard') }).strict(),
    'session',
    adminOnly,
  ),
};

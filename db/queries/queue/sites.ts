// The site a queue screen or booking is about: its ticket prefix and its weekly opening hours
// (stored as JSON, read here into the domain's type).
import { ALWAYS_OPEN, type OpeningHours } from '../../../shared/time/opening-hours';
import type { ReadableDB } from '../../handles';
import { siteOpeningHours } from '../calendar-settings/opening-hours';

/** A site's name and ticket prefix, active or not (the caller checks it may be chosen). */
export function queueSite(db: ReadableDB, id: string) {
  return db
    .selectFrom('sites')
    .select(['id', 'name', 'ticket_prefix'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** The site's weekly opening hours; a site whose stored hours cannot be read is never closed. */
export async function openingHoursOf(db: ReadableDB, siteId: string): Promise<OpeningHours> {
  return (await siteOpeningHours(db, siteId)) ?? ALWAYS_OPEN;
}

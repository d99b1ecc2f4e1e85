// A site's opening hours, which clocks counted in working hours run under (hand-offs,
// complaint stages): stored as JSON text, read here as the domain's OpeningHours.
import { openingHoursSchema, type OpeningHours } from '../../../shared/time';
import type { ReadableDB } from '../../handles';

/** The site's hours; null when there is no such site. Stored hours that fail the schema throw. */
export async function siteOpeningHours(
  db: ReadableDB,
  siteId: string,
): Promise<OpeningHours | null> {
  const row = await db
    .selectFrom('sites')
    .select('opening_hours')
    .where('id', '=', siteId)
    .executeTakeFirst();
  return row ? openingHoursSchema.parse(JSON.parse(row.opening_hours)) : null;
}

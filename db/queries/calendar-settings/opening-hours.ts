// Sites' opening hours, stored as JSON text on the site and read back checked against the
// shape shared/time's working-hours engine expects.
import { openingHoursSchema, type OpeningHours } from '../../../shared/time';
import type { ReadableDB, WritableDB } from '../../handles';
import { updateLogged, type Actor } from '../../write';

/** The sites in use, in the council's order, with their hours. */
export async function activeSiteHours(
  db: ReadableDB,
): Promise<{ id: string; name: string; hours: OpeningHours }[]> {
  const sites = await db
    .selectFrom('sites')
    .select(['id', 'name', 'opening_hours'])
    .where('active', '=', 1)
    .orderBy('sort_order')
    .execute();
  return sites.map((s) => ({
    id: s.id,
    name: s.name,
    hours: openingHoursSchema.parse(JSON.parse(s.opening_hours)),
  }));
}

export async function setSiteHours(
  tx: WritableDB,
  actor: Actor,
  siteId: string,
  hours: OpeningHours,
): Promise<void> {
  await updateLogged(tx, actor, 'sites', siteId, { opening_hours: JSON.stringify(hours) });
}

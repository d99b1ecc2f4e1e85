// Sites' opening hours, stored as JSON text on the site and read back checked against the
// shape shared/time's working-hours engine expects. The one place stored hours are read:
// the queue, the hand-off and complaint clocks, call imports and the NeSDS evidence all
// come here. Hours are checked when saved, so unreadable hours mean a damaged row: the
// readers here answer null, and each caller says what that means for it.
import { openingHoursSchema, type OpeningHours } from '../../../shared/time/opening-hours';
import type { ReadableDB, WritableDB } from '../../handles';
import { updateLogged, type Actor } from '../../write';

/** Stored hours as the domain's type; null when they are not a valid week. */
export function storedHours(text: string): OpeningHours | null {
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = openingHoursSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** A site's hours, retired or not; null when there is no such site or its hours are unreadable. */
export async function siteOpeningHours(
  db: ReadableDB,
  siteId: string,
): Promise<OpeningHours | null> {
  const row = await db
    .selectFrom('sites')
    .select('opening_hours')
    .where('id', '=', siteId)
    .executeTakeFirst();
  return row ? storedHours(row.opening_hours) : null;
}

/** Several sites' hours in one read, by site id; a site that does not exist is left out. */
export async function sitesOpeningHours(
  db: ReadableDB,
  siteIds: readonly string[],
): Promise<Map<string, OpeningHours | null>> {
  if (siteIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('sites')
    .select(['id', 'opening_hours'])
    .where('id', 'in', [...siteIds])
    .execute();
  return new Map(rows.map((r) => [r.id, storedHours(r.opening_hours)]));
}

/** The sites in use, in the council's order, with their hours (null where unreadable). */
export async function activeSitesWithHours(
  db: ReadableDB,
): Promise<{ id: string; name: string; hours: OpeningHours | null }[]> {
  const sites = await db
    .selectFrom('sites')
    .select(['id', 'name', 'opening_hours'])
    .where('active', '=', 1)
    .orderBy('sort_order')
    .execute();
  return sites.map((s) => ({ id: s.id, name: s.name, hours: storedHours(s.opening_hours) }));
}

export async function setSiteHours(
  tx: WritableDB,
  actor: Actor,
  siteId: string,
  hours: OpeningHours,
): Promise<void> {
  await updateLogged(tx, actor, 'sites', siteId, { opening_hours: JSON.stringify(hours) });
}

// What planning an import of call records reads (electron/api/calls/import-plan.ts): the
// site and its opening hours, the advisers to match, the calls already on file there.
import { ALWAYS_OPEN, type OpeningHours } from '../../../shared/time';
import type { ReadableDB } from '../../handles';
import { storedHours } from '../calendar-settings/opening-hours';

/** The site's name and hours; hours stored unreadably count as always open. */
export async function importSite(
  db: ReadableDB,
  siteId: string,
): Promise<{ id: string; name: string; openingHours: OpeningHours } | undefined> {
  const site = await db
    .selectFrom('sites')
    .select(['id', 'name', 'opening_hours'])
    .where('id', '=', siteId)
    .executeTakeFirst();
  if (!site) return undefined;
  return {
    id: site.id,
    name: site.name,
    openingHours: storedHours(site.opening_hours) ?? ALWAYS_OPEN,
  };
}

/** Every member of staff, in post or not: an old file may name someone who has left. */
export async function staffToMatch(db: ReadableDB) {
  return db.selectFrom('staff').select(['id', 'username', 'display_name']).execute();
}

/** Existing keys are looked up this many at a time (SQLite's bound-parameter limit). */
const LOOKUP_CHUNK = 500;

/** Which of these duplicate keys are on calls already on file at the site. */
export async function keysOnFile(
  db: ReadableDB,
  siteId: string,
  keys: string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
    const rows = await db
      .selectFrom('calls')
      .select('duplicate_key')
      .where('site_id', '=', siteId)
      .where('duplicate_key', 'in', keys.slice(i, i + LOOKUP_CHUNK))
      .execute();
    for (const r of rows) found.add(r.duplicate_key!);
  }
  return found;
}

/**
 * When the calls at the site queued in `[from, to)` (instants) did: those advisers typed,
 * or those the switch's records brought in by an import.
 */
export async function queuedTimesAt(
  db: ReadableDB,
  siteId: string,
  range: { from: string; to: string },
  source: 'typed' | 'imported',
): Promise<string[]> {
  const inDays = db
    .selectFrom('calls')
    .select('queued_at')
    .where('site_id', '=', siteId)
    .where('queued_at', '>=', range.from)
    .where('queued_at', '<', range.to);
  const rows = await (
    source === 'typed'
      ? inDays.where('source', '=', 'adviser')
      : inDays.where('import_id', 'is not', null)
  ).execute();
  return rows.map((r) => r.queued_at);
}

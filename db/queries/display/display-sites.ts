// Each site's waiting-area screen settings (migration 0026, issue 22): whether it sounds a
// tone on each new call. A site with no row has the defaults.
import type { ReadableDB } from '../../handles';
import { insertLogged, updateLogged, type Actor, type Tx } from '../../write';

/** The sites that have a waiting area: the One Stop Shops still in use. */
export function displaySites(db: ReadableDB) {
  return db
    .selectFrom('sites')
    .select(['id', 'name'])
    .where('kind', '=', 'one_stop_shop')
    .where('active', '=', 1)
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
}

/** Whether the site's screen sounds a tone on each new call: on unless turned off. */
export async function soundOnCall(db: ReadableDB, siteId: string): Promise<boolean> {
  const row = await db
    .selectFrom('display_sites')
    .select('sound_on_call')
    .where('id', '=', siteId)
    .executeTakeFirst();
  return row ? row.sound_on_call === 1 : true;
}

/** Every site's sound setting that differs from the default (no row: on). */
export async function soundSettings(db: ReadableDB): Promise<Map<string, boolean>> {
  const rows = await db.selectFrom('display_sites').select(['id', 'sound_on_call']).execute();
  return new Map(rows.map((r) => [r.id, r.sound_on_call === 1]));
}

export async function setSoundOnCall(
  tx: Tx,
  actor: Actor,
  siteId: string,
  on: boolean,
): Promise<void> {
  const value = on ? 1 : 0;
  const changed = await updateLogged(tx, actor, 'display_sites', siteId, { sound_on_call: value });
  if (!changed)
    await insertLogged(tx, actor, 'display_sites', { id: siteId, sound_on_call: value });
}

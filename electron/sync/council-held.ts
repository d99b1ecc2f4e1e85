// What this PC tells the council server it holds when it joins (shared/sync/wire.ts DeskHolds):
// the council it was set up as, or nothing at all (a new PC, which takes the council from
// the server). A council set up before councils had ids gets one here, once.
import type { DeskHolds } from '../../shared/sync/wire';
import { getSetting } from '../../db/queries/settings/settings';
import { listSites } from '../../db/queries/reference/reference';
import { countStaff } from '../../db/queries/staff/staff';
import { inTransaction, newId, putSetting, type Db } from '../../db/write';

export async function councilHeld(db: Db, at: Date): Promise<DeskHolds> {
  if ((await countStaff(db)) === 0) return null;
  let councilId = await getSetting(db, 'council.id');
  if (!councilId) {
    councilId = newId();
    const id = councilId;
    await inTransaction(db, (tx) =>
      putSetting(tx, { staffId: null, siteId: null, at }, 'council.id', id),
    );
  }
  const [name, sites] = await Promise.all([getSetting(db, 'council.name'), listSites(db)]);
  return {
    councilId,
    councilName: name || 'a council with no name yet',
    sites: sites.map((s) => ({ id: s.id, name: s.name })),
  };
}

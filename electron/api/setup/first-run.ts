// What a new data folder starts with. A council's own first run (createCouncil) makes its
// first site and administrator, with the lists any council starts from (./council-lists.ts).
// Nothing else can sign in. The demo council is in ./demo-council.ts. Any council, demo or
// not, gets the default service standards when it has none.
import { DEFAULT_STANDARDS } from '../../../shared/time';
import { londonDateOf } from '../../../shared/time/london';
import { countStaff } from '../../../db/queries/staff/staff';
import { insertStaffAccount } from '../../../db/queries/staff/account-changes';
import { hasAnyStandard, insertStandard } from '../../../db/queries/calendar-settings/standards';
import { inTransaction, newId, putSetting, type Actor, type Db } from '../../../db/write';
import { addSite, seedReferenceLists } from './council-lists';

/**
 * Ships the default service standards into a council that has none (any council, demo or
 * not). A new data folder with no council yet gets none: it gets them with its council, made
 * here or taken from the council server when the PC joins one (two sets would then meet).
 */
export async function ensureDefaultStandards(db: Db, at: Date): Promise<void> {
  if ((await countStaff(db)) === 0 || (await hasAnyStandard(db))) return;
  const actor: Actor = { staffId: null, siteId: null, at };
  await inTransaction(db, async (tx) => {
    for (const [i, s] of DEFAULT_STANDARDS.entries())
      await insertStandard(tx, actor, newId(), s, i);
  });
}

export interface NewCouncil {
  councilName: string;
  site: { name: string; kind: 'contact_centre' | 'one_stop_shop' };
  administrator: { displayName: string; username: string; passwordHash: string };
}

/**
 * A council's own first run: its name, its first site and its first administrator, with the
 * lists every council starts from. Refused (false) once anyone can sign in.
 */
export async function createCouncil(db: Db, at: Date, council: NewCouncil): Promise<boolean> {
  const actor: Actor = { staffId: null, siteId: null, at };
  return inTransaction(db, async (tx) => {
    if ((await countStaff(tx)) > 0) return false;
    const siteId = await addSite(tx, actor, { ...council.site, prefix: 'A' }, 0);
    await seedReferenceLists(tx, actor);
    await insertStaffAccount(tx, actor, {
      id: newId(),
      username: council.administrator.username,
      displayName: council.administrator.displayName,
      role: 'administrator',
      homeSiteId: siteId,
      team: null,
      passwordHash: council.administrator.passwordHash,
      mustChangePassword: false,
    });
    await putSetting(tx, actor, 'council.name', council.councilName);
    await putSetting(tx, actor, 'council.id', newId());
    await putSetting(tx, actor, 'council.startedOn', londonDateOf(at));
    return true;
  });
}

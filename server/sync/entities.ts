// Which changes the server takes. A change names one of the desk's logged tables (db/write.ts
// logs every entity write under its table's name); anything else is refused with a reason.
import { SYNCED_ENTITIES } from '../../db/queries/sync/synced-tables';
import type { PushChange } from './push-schema';

export { SYNCED_ENTITIES };

/**
 * Whether the server takes this change: `undefined` if so, else the reason it is refused.
 * Today that is "the entity is one the council syncs"; when staff accounts move to the server
 * this is where the access rules go (may this member of staff, at this desk's site, make it).
 */
export function mayApply(change: PushChange): string | undefined {
  if (!SYNCED_ENTITIES.has(change.entity)) {
    return `The council server does not take changes to "${change.entity}".`;
  }
  return undefined;
}

// Where a member of staff works: their usual site (the one sign-in offers first, and the one
// a site's retirement is checked against) and their team (the unit "my team's items" and the
// stats by team use). A team typed for someone joins the council's list of teams, so the list
// (Council lists, Alt+J) never misses a team staff are in.
import { ApiFailure } from '../../../shared/api/errors';
import type { ReadableDB } from '../../../db/handles';
import { nextSortOrder, teamByName } from '../../../db/queries/reference-admin/reference-admin';
import { insertTeam } from '../../../db/queries/reference-admin/list-changes';
import { newId, type Actor, type Tx } from '../../../db/write';
import { requireActive } from '../require-active';

/** The team's name as the council's list spells it, adding it when new; null for none. */
export async function teamOnList(tx: Tx, actor: Actor, typed: string | undefined) {
  const name = typed?.trim();
  if (!name) return null;
  const found = await teamByName(tx, name);
  if (found && !found.active) {
    const message = `The team ${found.name} is retired. Reinstate it under Council lists, or choose another team.`;
    throw new ApiFailure('VALIDATION', message, { team: message });
  }
  if (found) return found.name;
  await insertTeam(tx, actor, { id: newId(), name, sortOrder: await nextSortOrder(tx, 'teams') });
  return name;
}

/** An active site, or a refusal in the field's words. */
export function activeSite(db: ReadableDB, siteId: string): Promise<void> {
  return requireActive(db, 'sites', siteId, 'siteId', 'Choose their usual site from the list.');
}

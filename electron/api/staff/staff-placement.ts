// Where a member of staff works: their usual site (the one sign-in offers first, and the one
// a site's retirement is checked against) and their team (the unit "my team's items" and the
// stats by team use). A team typed for someone joins the council's list of teams, so the list
// (Council lists, Alt+J) never misses a team staff are in.
import { ApiFailure } from '../../../shared/api/errors';
import { insertLogged, newId, type Actor, type Db, type Tx } from '../../../db/write';

/** The team's name as the council's list spells it, adding it when new; null for none. */
export async function teamOnList(tx: Tx, actor: Actor, typed: string | undefined) {
  const name = typed?.trim();
  if (!name) return null;
  const found = await tx
    .selectFrom('teams')
    .select(['name', 'active'])
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
  if (found?.active === 0) {
    const message = `The team ${found.name} is retired. Reinstate it under Council lists, or choose another team.`;
    throw new ApiFailure('VALIDATION', message, { team: message });
  }
  if (found) return found.name;
  const last = await tx
    .selectFrom('teams')
    .select((eb) => eb.fn.max('sort_order').as('n'))
    .executeTakeFirst();
  await insertLogged(tx, actor, 'teams', {
    id: newId(),
    name,
    sort_order: Number(last?.n ?? -1) + 1,
  });
  return name;
}

/** An active site, or a refusal in the field's words. */
export async function activeSite(db: Db | Tx, siteId: string): Promise<void> {
  const site = await db
    .selectFrom('sites')
    .select('id')
    .where('id', '=', siteId)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!site) {
    const message = 'Choose their usual site from the list.';
    throw new ApiFailure('VALIDATION', message, { siteId: message });
  }
}

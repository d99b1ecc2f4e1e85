// The staff an item of correspondence can be given to or recorded as answered by, and the
// list the screens choose them from.
import type { ReadableDB } from '../../handles';

/** Staff in post, by name, as the assign and responder lists show them. */
export async function listActiveStaff(db: ReadableDB) {
  return db
    .selectFrom('staff')
    .select(['id', 'display_name', 'team', 'role'])
    .where('active', '=', 1)
    .orderBy('display_name')
    .execute();
}

/** A member of staff and their team (the access rules look at both). */
export async function staffWithTeam(
  db: ReadableDB,
  id: string,
): Promise<{ id: string; team: string | null } | undefined> {
  return db.selectFrom('staff').select(['id', 'team']).where('id', '=', id).executeTakeFirst();
}

/** True when `id` names a member of staff, in post or not (a reply may be recorded late). */
export async function staffExists(db: ReadableDB, id: string): Promise<boolean> {
  const row = await db.selectFrom('staff').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

// A site's name by id, active or not: a report on a site since closed still names it.
import type { ReadableDB } from '../../handles';

/** The site's name, or undefined when no site has the id. */
export async function siteName(db: ReadableDB, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('sites').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name;
}

// Frozen once landed: never edit; add a new migration instead.
// A joined desk's site is one of the council's sites (its id, in site_id), and its references
// carry the site's short code, which the council server gives at enrolment (issue 21, a new
// PC joining). Null on desks enrolled before, whose site_id is that code.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sync_state').addColumn('site_code', 'text').execute();
}

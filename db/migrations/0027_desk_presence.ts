// Frozen once landed: never edit; add a new migration instead.
// Whether someone is at an open desk, kept on the desk's row so every PC of the site sees it
// (issue 22, "desks open is true"): reception's "desks open" and the estimated wait follow the
// person at each desk, and on a site of many PCs the person's session is on another PC. The
// PC they work at writes it as they lock, unlock, sign out and sign in; it travels like any
// change. 'present', 'locked' or 'signed_out' (a desk left open with a visitor at it).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('desks')
    .addColumn('presence', 'text', (c) =>
      c
        .notNull()
        .defaultTo('present')
        .check(sql`presence in ('present', 'locked', 'signed_out')`),
    )
    .execute();
}

// Frozen once landed: never edit; add a new migration instead.
// Staff administration (go-live issue, item 2): an administrator adds staff and resets
// passwords with a one-time password the back end makes up. Until the person chooses their
// own, the account is marked and the app lets them do nothing else. Existing accounts keep
// the passwords they chose, so they start unmarked.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('staff')
    .addColumn('must_change_password', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`must_change_password in (0, 1)`),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('staff').dropColumn('must_change_password').execute();
}

// Frozen once landed: never edit; add a new migration instead.
// The waiting-area screen is a kiosk, not a staff session (issue 22): an administrator makes a
// display key for a site once, and the screen shows that site's board with it, never signing
// in. Only a hash of each key is kept (like a password), with who made it and when, when it
// was last used and, once withdrawn, when and by whom. Each site also says whether its
// screen sounds a tone on each new call (on unless a council turns it off).
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('display_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('withdrawn_by', 'text', (c) => c.references('staff.id'))
    .execute();
  await db.schema
    .createTable('display_sites')
    .addColumn('id', 'text', (c) => c.primaryKey().references('sites.id'))
    .addColumn('sound_on_call', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`sound_on_call in (0, 1)`),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('display_sites').execute();
  await db.schema.dropTable('display_keys').execute();
}

// Frozen once landed: never edit; add a new migration instead.
// Access rules (go-live issue, item 6): a complaint, compliment or comment about a named member
// of staff is seen only by team leaders and administrators (shared/api/access-rules.ts). The
// person logging it says so; what was logged before keeps the everyday visibility (0), since
// nobody said otherwise when it was taken. Every warning marker shown is logged, the queue
// board's too; the board refreshes itself every few seconds, so before it logs a view it
// looks for this person's last one of the marker: an index makes that a keyed read.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('feedback')
    .addColumn('about_named_staff', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`about_named_staff in (0, 1)`),
    )
    .execute();
  await db.schema
    .createIndex('customer_marker_views_seen')
    .on('customer_marker_views')
    .columns(['marker_id', 'staff_id', 'viewed_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('customer_marker_views_seen').execute();
  await db.schema.alterTable('feedback').dropColumn('about_named_staff').execute();
}

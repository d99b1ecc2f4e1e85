// Frozen once landed: never edit; add a new migration instead.
// The switch's call records replace advisers' typed answer times only in the clock hours at a
// site that an import's calls fall in, not on whole days (issue 19; shared/calls/
// switch-cover.ts). Every counted call asks "has an import a call in this hour at this site?",
// so imported calls are indexed by site and time. Abandoned calls are known only where the
// switch has records, so the stats count each hour's switch calls: a covering index of them
// keeps that count off the typed calls. Both are partial, holding only the switch's rows.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('calls_imported_hours')
    .on('calls')
    .columns(['site_id', 'queued_at'])
    .where(sql.ref('import_id'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('calls_from_switch')
    .on('calls')
    .columns(['queued_at', 'site_id', 'staff_id'])
    .where(sql.ref('source'), '=', 'import')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('calls_from_switch').execute();
  await db.schema.dropIndex('calls_imported_hours').execute();
}

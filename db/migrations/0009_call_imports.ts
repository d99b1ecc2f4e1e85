// Frozen once landed: never edit; add a new migration instead.
// Call records imported from the telephone system, so answer times and abandoned calls come
// from the switch rather than from memory (Halton standards: answer calls in an average of 30
// seconds; NeSDS standard 3). A source is a switch whose CSV columns the team leader mapped
// once; each import keeps what it read and what it did, and can be undone as a whole. A call
// can say whether it was transferred and why. Where an import covers a day at a site, its
// calls are that day's record and the answer times advisers typed there are not counted
// again (the same call would otherwise count twice).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('call_sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    /** Which column gives each field (shared/calls/call-records.ts), as JSON. */
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('call_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_id', 'text', (c) => c.notNull().references('call_sources.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    /** The site whose queue the calls came to. */
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull().references('staff.id'))
    /** The London days its calls fall on, as instants [from, to): on those days at its site,
     * the switch's records replace answer times typed by advisers (call-groups.ts). */
    .addColumn('covers_from', 'text', (c) => c.notNull())
    .addColumn('covers_to', 'text', (c) => c.notNull())
    .addColumn('rows_read', 'integer', (c) => c.notNull())
    .addColumn('imported', 'integer', (c) => c.notNull())
    .addColumn('duplicates', 'integer', (c) => c.notNull())
    .addColumn('skipped', 'integer', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .addColumn('undone_by', 'text', (c) => c.references('staff.id'))
    .execute();
  // No REFERENCES: SQLite cannot drop a column in a foreign key, so down() could not undo
  // it. Imports are never deleted (an undone one keeps its row), so none can dangle.
  await db.schema.alterTable('calls').addColumn('import_id', 'text').execute();
  /** What makes two records the same call (call-records.ts duplicateKey), for imports. */
  await db.schema.alterTable('calls').addColumn('duplicate_key', 'text').execute();
  await db.schema
    .alterTable('calls')
    .addColumn('transferred', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('calls').addColumn('transfer_reason', 'text').execute();
  await db.schema.createIndex('calls_import').on('calls').column('import_id').execute();
  await db.schema
    .createIndex('calls_duplicate_key')
    .on('calls')
    .columns(['site_id', 'duplicate_key'])
    .where(sql.ref('duplicate_key'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('calls_duplicate_key').execute();
  await db.schema.dropIndex('calls_import').execute();
  for (const column of ['transfer_reason', 'transferred', 'duplicate_key', 'import_id'])
    await db.schema.alterTable('calls').dropColumn(column).execute();
  await db.schema.dropTable('call_imports').execute();
  await db.schema.dropTable('call_sources').execute();
}

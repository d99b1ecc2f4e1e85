// Frozen once landed: never edit; add a new migration instead.
// Client mutation ids (issue 19, "nothing recorded twice"). Every write a screen asks for
// carries an id the screen made (UUIDv7). The first transaction that writes under it records
// the id beside the write, so the same id again, from a key pressed twice, a retry after a
// dropped connection or a restart, finds it and gets the first answer back with nothing
// written. The change log keeps the id of the write behind each entry: multi-desk sync uses
// it to apply each desk's write exactly once.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mutations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text', (c) => c.references('staff.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    /** JSON: what the first call answered; null until it finished. */
    .addColumn('result', 'text')
    .execute();
  await db.schema.alterTable('change_log').addColumn('mutation_id', 'text').execute();
  await db.schema
    .createIndex('change_log_mutation')
    .on('change_log')
    .column('mutation_id')
    .where('mutation_id', 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('change_log_mutation').execute();
  await db.schema.alterTable('change_log').dropColumn('mutation_id').execute();
  await db.schema.dropTable('mutations').execute();
}

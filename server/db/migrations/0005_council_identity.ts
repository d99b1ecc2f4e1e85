// Frozen once landed: never edit; add a new migration instead.
// Which council this server holds (issue 21, a fresh PC joining): the first desk that joins
// holding a council founds it here, so a PC that holds a different council's records is
// refused rather than mixing two councils' lists and staff on one server. A desk's site is
// then one of the council's sites (its id), and its references carry the site's short code.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('council')
    .addColumn('id', 'boolean', (c) =>
      c
        .primaryKey()
        .defaultTo(true)
        .check(sql`id`),
    )
    .addColumn('council_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('founded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('founded_by_desk', 'uuid', (c) => c.notNull().references('desks.id'))
    .execute();
  // Null for desks enrolled before (their site_id was written as the code).
  await db.schema.alterTable('desks').addColumn('site_code', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('desks').dropColumn('site_code').execute();
  await db.schema.dropTable('council').execute();
}

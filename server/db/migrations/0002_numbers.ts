// Frozen once landed: never edit; add a new migration instead.
// Numbers that never collide (issue 21): references and tickets made on different desks,
// some of them offline, must never repeat and the server never renumbers.
// - desks.issuing_point: each desk of a site gets the next point (1, 2, ...) at enrolment; its
//   tickets carry that point's letter, so two desks checking visitors in at once never hand
//   out the same ticket.
// - number_leases: blocks of reference numbers per series (e.g. "C-2026-TH": letters logged at
//   the Town Hall in 2026) leased to one desk each, while it is online, for the days it may be
//   offline. A series is numbered by its leases alone: the next block starts after the last.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('desks').addColumn('issuing_point', 'integer').execute();
  // Desks enrolled before this migration, numbered per site in the order they joined.
  await sql`
    update desks set issuing_point = numbered.point
    from (select id, row_number() over (partition by site_id order by enrolled_at, id) as point
          from desks) as numbered
    where desks.id = numbered.id`.execute(db);
  await sql`alter table desks alter column issuing_point set not null`.execute(db);
  await db.schema
    .createIndex('desks_issuing_point')
    .on('desks')
    .columns(['site_id', 'issuing_point'])
    .unique()
    .execute();

  await db.schema
    .createTable('number_leases')
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('first', 'bigint', (c) => c.notNull().check(sql`first >= 1`))
    .addColumn('last', 'bigint', (c) => c.notNull())
    .addColumn('desk_id', 'uuid', (c) => c.notNull().references('desks.id'))
    .addColumn('leased_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('number_leases_pk', ['series', 'first'])
    .addCheckConstraint('number_leases_block', sql`last >= first`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('number_leases').execute();
  await db.schema.dropIndex('desks_issuing_point').execute();
  await db.schema.alterTable('desks').dropColumn('issuing_point').execute();
}

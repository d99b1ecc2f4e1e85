// Frozen once landed: never edit; add a new migration instead.
// Reference data administration (issue 18, item 3): the council's teams become a list an
// administrator keeps, like sites and services, so they can be added, renamed and retired.
// A member of staff's team stays the text it was (reports, "my team" and staff.add read it),
// and the list starts from the teams staff already have: each spelling once, whatever its
// case. Nothing is deleted when a team is retired; it only leaves the pick-lists.
import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('active', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`active in (0, 1)`),
    )
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  const existing = await sql<{ name: string }>`
    select min(trim(team)) as name from staff
    where team is not null and trim(team) <> ''
    group by lower(trim(team))
    order by lower(trim(team))`.execute(db);
  // Not through the change log: a migration runs before anyone signs in, and the teams were
  // already on the staff rows the log holds.
  for (const [i, row] of existing.rows.entries()) {
    await db
      .insertInto('teams')
      .values({ id: uuidv7(), name: row.name, active: 1, sort_order: i })
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('teams').execute();
}

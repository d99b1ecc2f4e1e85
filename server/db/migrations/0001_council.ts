// Frozen once landed: never edit; add a new migration instead.
// The council server's foundation (issue 21): what desk enrolment, push and pull need and no
// more. Reference data, staff accounts and the leased number blocks come with the features
// that use them. Site and staff ids are the desks' text ids; they gain foreign keys when the
// server owns those tables.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The council's change version: one row, bumped by every push transaction before it writes
  // its changes. The bump takes the row's lock, so pushes commit in version order and a pull
  // asking for `version > cursor` can never pass over a change that commits late.
  await db.schema
    .createTable('council_version')
    .addColumn('id', 'boolean', (c) =>
      c
        .primaryKey()
        .defaultTo(true)
        .check(sql`id`),
    )
    .addColumn('version', 'bigint', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`version >= 0`),
    )
    .execute();
  await sql`insert into council_version (id, version) values (true, 0)`.execute(db);

  // Each enrolled desk: who is pushing. The secret is stored only as a hash (the desk keeps
  // the secret itself); a retired desk keeps its row so its past changes still name it.
  await db.schema
    .createTable('desks')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('enrolled_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('retired_at', 'timestamptz')
    .execute();

  // One-time codes an administrator makes for a site; a desk trades one for its identity.
  // Only a hash is kept, so a copy of the database cannot enrol a desk. Used once: the desk
  // that used it and when are set together.
  await db.schema
    .createTable('enrolment_codes')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('used_by_desk', 'uuid', (c) => c.references('desks.id'))
    .addCheckConstraint(
      'enrolment_codes_used_together',
      sql`(used_at is null) = (used_by_desk is null)`,
    )
    .execute();

  // Every client mutation id the server has applied. A push inserts the id first with
  // `on conflict do nothing`: a resent batch finds its ids and applies nothing twice.
  await db.schema
    .createTable('mutations')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('desk_id', 'uuid', (c) => c.notNull().references('desks.id'))
    .addColumn('applied_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // The council's change log, in version order: what pull pages through (`version > cursor`).
  // One row per entity row a mutation wrote, so a mutation id may appear on several rows (a
  // desk's save can log a contact and a customer together, db/write.ts); `mutations` holds
  // the id once. The HLC (wall time, counter, desk id, written so text order is time order)
  // decides last-writer-wins per field; desk_id lets a desk skip its own changes on pull.
  await db.schema
    .createTable('changes')
    .addColumn('version', 'bigint', (c) => c.primaryKey())
    .addColumn('mutation_id', 'uuid', (c) => c.notNull().references('mutations.id'))
    .addColumn('desk_id', 'uuid', (c) => c.notNull().references('desks.id'))
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('hlc', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('op', 'text', (c) => c.notNull().check(sql`op in ('create', 'update', 'delete')`))
    // The fields the change set; null only for a delete, which stays as a tombstone.
    .addColumn('data', 'jsonb')
    .addColumn('applied_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('changes_data_unless_delete', sql`op = 'delete' or data is not null`)
    .execute();
  await db.schema.createIndex('changes_mutation').on('changes').column('mutation_id').execute();
  // Conflict rules read an entity's history (its latest HLC per field, its state, a tombstone).
  await db.schema
    .createIndex('changes_entity')
    .on('changes')
    .columns(['entity', 'entity_id', 'version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['changes', 'mutations', 'enrolment_codes', 'desks', 'council_version']) {
    await db.schema.dropTable(table).execute();
  }
}

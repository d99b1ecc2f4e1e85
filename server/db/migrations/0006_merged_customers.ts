// Frozen once landed: never edit; add a new migration instead.
// A merge of two customers beats later edits to the merged record (issue 21), and that
// includes the records linked to it: a contact recorded for the merged customer on a desk
// that was offline, or pushed before the merging desk had pulled it, must still end up under
// the survivor. The server re-points such rows itself (server/sync/merge-repoint.ts); these
// two tables, kept up to date by every push in its own transaction, tell it where to look
// without reading the whole change log.
// - customer_merges: which customer went into which, by the latest clock that said so.
// - customer_links: which row of a customer's linked tables points at which customer now.
import { sql, type Kysely } from 'kysely';

/** The desk's tables whose rows follow a customer in a merge, as they stood when this landed. */
const LINKED_TABLES = [
  'contacts',
  'visits',
  'appointments',
  'correspondence',
  'hand_offs',
  'feedback',
  'customer_markers',
  'customer_marker_views',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('customer_merges')
    .addColumn('customer_id', 'text', (c) => c.primaryKey())
    .addColumn('merged_into', 'text', (c) => c.notNull())
    /** The clock of the change that set it: an older change never replaces a newer. */
    .addColumn('hlc', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('customer_links')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    /** Null when the row was last set to belong to no customer. */
    .addColumn('customer_id', 'text')
    .addColumn('hlc', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_links_pk', ['entity', 'entity_id'])
    .execute();
  // A merge arriving asks which rows still point at the merged customer.
  await db.schema
    .createIndex('customer_links_customer')
    .on('customer_links')
    .column('customer_id')
    .execute();

  // What a council already running knows, from its change log: the latest merge of each
  // customer, and each linked row's latest customer (rows deleted are left out: a tombstone
  // is final). Rows already left behind stay where they are until a change touches them.
  await sql`
    insert into customer_merges (customer_id, merged_into, hlc)
    select distinct on (entity_id) entity_id, data->>'merged_into', hlc
    from changes
    where entity = 'customers' and data->>'merged_into' is not null
    order by entity_id, hlc desc`.execute(db);
  await sql`
    insert into customer_links (entity, entity_id, customer_id, hlc)
    select distinct on (entity, entity_id) entity, entity_id, data->>'customer_id', hlc
    from changes c
    where entity in (${sql.join(LINKED_TABLES)}) and data ? 'customer_id'
      and not exists (select 1 from changes d
                      where d.entity = c.entity and d.entity_id = c.entity_id and d.op = 'delete')
    order by entity, entity_id, hlc desc`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('customer_links').execute();
  await db.schema.dropTable('customer_merges').execute();
}

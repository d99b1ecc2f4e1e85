// Frozen once landed: never edit; add a new migration instead.
// Customer records in full (NeSDS standard 23) and their search index: an FTS5 table with
// the trigram tokenizer over names, phonetic name keys, postcode, phone, email and the
// council reference, kept in step with customers by triggers. Every view of a warning
// marker is logged.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  for (const column of [
    'title',
    'address_line1',
    'address_line2',
    'town',
    'preferred_channel',
    'council_reference',
    'merged_into',
    'name_keys',
  ]) {
    await db.schema.alterTable('customers').addColumn(column, 'text').execute();
  }
  await db.schema
    .alterTable('customers')
    .addColumn('contact_consent', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('customers_reference')
    .unique()
    .on('customers')
    .column('council_reference')
    .where(sql.ref('council_reference'), 'is not', null)
    .execute();

  await db.schema
    .createTable('customer_marker_views')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('marker_id', 'text', (c) => c.notNull().references('customer_markers.id'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('viewed_at', 'text', (c) => c.notNull())
    .addColumn('context', 'text', (c) => c.notNull())
    .execute();

  await sql`create virtual table customers_fts using fts5(name, keys, postcode, phone, email, reference, tokenize = 'trigram')`.execute(
    db,
  );
  // The index row shares the customer's rowid, so keeping it in step is a keyed delete and insert.
  const row = (p: string) =>
    sql.raw(
      `${p}.rowid, trim(coalesce(${p}.display_name, '') || ' ' || coalesce(${p}.first_name, '') || ' ' || coalesce(${p}.last_name, '') || ' ' || coalesce(${p}.organisation_name, '')), coalesce(${p}.name_keys, ''), replace(coalesce(${p}.postcode, ''), ' ', ''), replace(replace(coalesce(${p}.phone, ''), ' ', ''), '+44', '0'), lower(coalesce(${p}.email, '')), coalesce(${p}.council_reference, '')`,
    );
  await sql`insert into customers_fts (rowid, name, keys, postcode, phone, email, reference) select ${row('customers')} from customers`.execute(
    db,
  );
  await sql`create trigger customers_fts_insert after insert on customers begin
    insert into customers_fts (rowid, name, keys, postcode, phone, email, reference) values (${row('new')});
  end`.execute(db);
  await sql`create trigger customers_fts_update after update on customers begin
    delete from customers_fts where rowid = old.rowid;
    insert into customers_fts (rowid, name, keys, postcode, phone, email, reference) values (${row('new')});
  end`.execute(db);
  await sql`create trigger customers_fts_delete after delete on customers begin
    delete from customers_fts where rowid = old.rowid;
  end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const trigger of ['customers_fts_insert', 'customers_fts_update', 'customers_fts_delete'])
    await sql.raw(`drop trigger ${trigger}`).execute(db);
  await sql`drop table customers_fts`.execute(db);
  await db.schema.dropTable('customer_marker_views').execute();
  await db.schema.dropIndex('customers_reference').execute();
  for (const column of [
    'title',
    'address_line1',
    'address_line2',
    'town',
    'preferred_channel',
    'council_reference',
    'merged_into',
    'name_keys',
    'contact_consent',
  ]) {
    await db.schema.alterTable('customers').dropColumn(column).execute();
  }
}

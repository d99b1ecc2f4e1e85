// The council's record tables (server migration 0010, issue 23) have every column of every
// table desks sync, by the same name, of a type that keeps the desk's values and with the same default: a desk
// migration that adds a table or a column fails here until a server migration adds it too.
// A staff account's password hash is the one column left out: it never travels.
// Each has the desk's indexes too, those SQLite makes for a unique constraint included: the
// reports' plans count on them (without quality_scores' one, a month's quality results read
// every score the council holds).
import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../db/dialect';
import { migrateToLatest } from '../db/open';
import type { Database } from '../db/schema';
import { SYNCED_ENTITIES } from '../db/queries/sync/synced-tables';
import { migrateServer } from './db/migrate';
import { freshDatabase } from './test/fresh-database';

/** PostgreSQL's type for each of the desk's declared types. */
const KEEPS: Record<string, string> = {
  TEXT: 'text',
  INTEGER: 'bigint',
  REAL: 'double precision',
};

async function deskColumns(): Promise<Record<string, string[]>> {
  const sqlite = new SQLite(':memory:');
  const db = new Kysely<Database>({ dialect: new AppSqliteDialect(sqlite) });
  await migrateToLatest(db);
  const tables: Record<string, string[]> = {};
  for (const table of [...SYNCED_ENTITIES].sort()) {
    const columns = sqlite
      .prepare('select name, type, dflt_value from pragma_table_info(?) order by name')
      .all(table) as { name: string; type: string; dflt_value: string | null }[];
    tables[table] = columns
      .filter((c) => c.name !== 'password_hash')
      .map((c) => `${c.name} ${KEEPS[c.type] ?? 'text'} ${c.dflt_value ?? '-'}`);
  }
  await db.destroy();
  return tables;
}

/** Each synced table's indexes on plain columns, as `table(a, b)`, the desk's constraints' own
 * included (SQLite's sqlite_autoindex_*); expression indexes are compared by name elsewhere. */
async function deskIndexes(): Promise<string[]> {
  const sqlite = new SQLite(':memory:');
  const db = new Kysely<Database>({ dialect: new AppSqliteDialect(sqlite) });
  await migrateToLatest(db);
  const found = new Set<string>();
  for (const table of SYNCED_ENTITIES) {
    const indexes = sqlite.prepare('select name, origin from pragma_index_list(?)').all(table) as {
      name: string;
      origin: string;
    }[];
    for (const index of indexes) {
      if (index.origin === 'pk') continue; // the server's primary key is the same column
      const columns = sqlite
        .prepare('select name from pragma_index_info(?) order by seqno')
        .all(index.name) as { name: string | null }[];
      if (columns.some((c) => c.name === null)) continue;
      found.add(`${table}(${columns.map((c) => c.name).join(', ')})`);
    }
  }
  await db.destroy();
  return [...found].sort();
}

describe('the council’s record tables', () => {
  it('have an index on the same columns for every index a desk has on a synced table', async () => {
    const db = (await freshDatabase()).connect();
    await migrateServer(db);
    const { rows } = await sql<{ entry: string }>`
      select t.relname || '(' || string_agg(a.attname, ', ' order by k.n) || ')' as entry
      from pg_index x
      join pg_class t on t.oid = x.indrelid
      join pg_namespace s on s.oid = t.relnamespace and s.nspname = 'records'
      cross join lateral unnest(x.indkey) with ordinality as k(attnum, n)
      join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
      where not x.indisprimary and k.n <= x.indnkeyatts
      group by x.indexrelid, t.relname`.execute(db);
    const server = new Set(rows.map((r) => r.entry));
    const missing = (await deskIndexes()).filter((entry) => !server.has(entry));
    expect(missing).toEqual([]);
  });

  it('have every synced desk table’s columns, of types that keep their values', async () => {
    const db = (await freshDatabase()).connect();
    await migrateServer(db);
    const { rows } = await sql<{
      table_name: string;
      column_name: string;
      data_type: string;
      column_default: string | null;
    }>`
      select table_name, column_name, data_type, column_default from information_schema.columns
      where table_schema = 'records'
        and table_name not in ('contact_hours', 'contact_site_tallies', 'contact_staff_tallies')
      order by table_name, column_name`.execute(db);
    const server: Record<string, string[]> = {};
    for (const r of rows) {
      // PostgreSQL shows a text default with its type: '{}'::text.
      const given = r.column_default?.replace(/::text$/, '') ?? '-';
      (server[r.table_name] ??= []).push(`${r.column_name} ${r.data_type} ${given}`);
    }
    expect(server).toEqual(await deskColumns());
  });
});

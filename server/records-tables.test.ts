// The council's record tables (server migration 0010, issue 23) have every column of every
// table desks sync, by the same name, of a type that keeps the desk's values and with the same default: a desk
// migration that adds a table or a column fails here until a server migration adds it too.
// A staff account's password hash is the one column left out: it never travels.
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

describe('the council’s record tables', () => {
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

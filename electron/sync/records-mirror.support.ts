// A desk's records copied as they stand into the council server's record tables of a fresh
// PostgreSQL database (issue 23's "the same report fixtures run on SQLite and on PostgreSQL"):
// a fixture is built once, on the desk, by the tests' own helpers, and the same rows are then
// the server's. The contact tallies are not copied: the server's trigger (migration 0011)
// keeps its own from the contacts as they arrive, as it does in service.
import { sql } from 'kysely';
import { SYNCED_ENTITIES } from '../../db/queries/sync/synced-tables';
import type { TestBackend } from '../../test/support/backend';
import { migrateServer } from '../../server/db/migrate';
import { connectRecords, type RecordsDb } from '../../server/records/report-db';
import { freshDatabase } from '../../server/test/fresh-database';

/** Rows per insert statement: well under PostgreSQL's 65,535 parameters for any table here. */
const ROWS_PER_INSERT = 500;

export async function mirrorToRecords(backend: TestBackend): Promise<RecordsDb> {
  const fresh = await freshDatabase();
  const server = fresh.connect();
  await migrateServer(server);
  const { sqlite } = backend.opened.database!;
  await server.transaction().execute(async (tx) => {
    for (const table of SYNCED_ENTITIES) {
      const rows = sqlite.prepare(`select * from ${table}`).all() as Record<string, unknown>[];
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        const chunk = rows.slice(i, i + ROWS_PER_INSERT).map((row) => {
          const { password_hash: _secret, ...kept } = row;
          return kept;
        });
        const columns = Object.keys(chunk[0]!);
        await sql`insert into ${sql.table(`records.${table}`)} (${sql.join(
          columns.map((c) => sql.ref(c)),
        )}) values ${sql.join(
          chunk.map((row) => sql`(${sql.join(columns.map((c) => row[c]))})`),
        )}`.execute(tx);
      }
    }
  });
  const records = connectRecords(fresh.url);
  return records;
}

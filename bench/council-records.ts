// The large council (./large-council.ts) as the council server holds it (issue 23): its records
// copied from the desk's SQLite file into the record tables of an embedded PostgreSQL, kept in
// the temp folder between runs. Built with the tally trigger off and the desk's own tallies
// copied beside the contacts: the server's trigger keeps the same tallies row for row
// (electron/sync/records.test.ts), and a trigger per row would make the copy take an hour.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { DATABASE_FILE_NAME } from '../db/open';
import { SYNCED_ENTITIES } from '../db/queries/sync/synced-tables';
import { connectDatabase } from '../server/db/connect';
import { migrateServer } from '../server/db/migrate';
import { startEmbeddedPostgres, type RunningPostgres } from '../server/embedded';
import { connectRecords, type RecordsDb } from '../server/records/report-db';
import { largeCouncil, largeCouncilDir } from './large-council';

const VERSION = 'v1';
const READY = 'loaded.json';
const TALLIES = ['contact_hours', 'contact_site_tallies', 'contact_staff_tallies'];
const ROWS_PER_INSERT = 1_000;
/**
 * As a council would run its records' PostgreSQL: shared buffers a quarter of the machine's
 * memory (the usual starting point; the default 128 MB is sized for a small machine), so the
 * month's rows are read from PostgreSQL's own cache as the desk reads its file from the page
 * cache.
 */
const SETTINGS = (process.env.BENCH_PG_SETTINGS ?? 'shared_buffers=2GB').split(' ').filter(Boolean);

const clusterOf = () => `${largeCouncilDir()}-records-pg-${VERSION}`;

async function load(deskFile: string, url: string): Promise<void> {
  const db = connectDatabase(url, { max: 2 });
  await migrateServer(db);
  const sqlite = new SQLite(deskFile, { readonly: true });
  const started = performance.now();
  try {
    await sql`alter table records.contacts disable trigger user`.execute(db);
    for (const table of [...SYNCED_ENTITIES, ...TALLIES]) {
      const statement = sqlite.prepare(`select * from ${table}`);
      let chunk: Record<string, unknown>[] = [];
      const flush = async () => {
        if (chunk.length === 0) return;
        const columns = Object.keys(chunk[0]!).filter((c) => c !== 'password_hash');
        await sql`insert into ${sql.table(`records.${table}`)} (${sql.join(
          columns.map((c) => sql.ref(c)),
        )}) values ${sql.join(chunk.map((row) => sql`(${sql.join(columns.map((c) => row[c]))})`))}`.execute(
          db,
        );
        chunk = [];
      };
      for (const row of statement.iterate() as Iterable<Record<string, unknown>>) {
        chunk.push(row);
        if (chunk.length === ROWS_PER_INSERT) await flush();
      }
      await flush();
      process.stderr.write(
        `  ${table} copied (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
      );
    }
    await sql`alter table records.contacts enable trigger user`.execute(db);
    await sql`vacuum analyze`.execute(db); // as autovacuum leaves a settled table: index-only reads
  } finally {
    sqlite.close();
    await db.destroy();
  }
}

let running: Promise<{ pg: RunningPostgres; records: RecordsDb }> | undefined;

/** The large council's records on PostgreSQL, loaded on first use; stop it with `stopRecords`. */
export function largeCouncilRecords(): Promise<{ pg: RunningPostgres; records: RecordsDb }> {
  running ??= (async () => {
    const deskFile = join(await largeCouncil(), DATABASE_FILE_NAME);
    const cluster = clusterOf();
    if (!existsSync(join(cluster, READY))) {
      const partial = `${cluster}.building-${process.pid}`;
      rmSync(partial, { recursive: true, force: true });
      process.stderr.write(`Copying the large council into PostgreSQL once, in ${cluster}...\n`);
      const pg = await startEmbeddedPostgres({ clusterDir: partial });
      try {
        await load(deskFile, pg.connectionString);
      } finally {
        await pg.stop();
      }
      writeFileSync(join(partial, READY), `${new Date().toISOString()}\n`);
      rmSync(cluster, { recursive: true, force: true });
      renameSync(partial, cluster);
    }
    const pg = await startEmbeddedPostgres({ clusterDir: cluster, settings: SETTINGS });
    const db = connectDatabase(pg.connectionString, { max: 1 });
    await migrateServer(db); // a record table added since it was loaded
    await db.destroy();
    return { pg, records: connectRecords(pg.connectionString) };
  })();
  return running;
}

export async function stopRecords(): Promise<void> {
  if (!running) return;
  const { pg, records } = await running;
  running = undefined;
  await records.destroy();
  await pg.stop();
}

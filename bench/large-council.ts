// A large council for benchmarks to share: 500,000 customers and 5,000,000 contacts over
// five years (with their visits, calls, letters, hand-offs, exit surveys, offers, complaints
// and monthly quality samples), made by the demo-data generator once and kept in the temp
// folder between runs. It is built in a side folder and renamed into place when complete, so
// an interrupted build is never mistaken for a finished one. Bump VERSION when the generator
// changes what it makes.
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import { AppSqliteDialect } from '../db/dialect';
import { applyPragmas, DATABASE_FILE_NAME, migrateToLatest } from '../db/open';
import type { Database } from '../db/schema';
import { openBackend, QUIET } from '../electron/api/backend';
import { londonDayBounds } from '../shared/time/london';
import { generateDemoData, type DemoDataResult } from '../scripts/demo-data/generate';

const VERSION = 'v5';
export const LARGE_COUNCIL = {
  customers: 500_000,
  contacts: 5_000_000,
  days: 1826, // five years
  // A fixed past end, and "as of" the end of it, so the data does not depend on the build date.
  end: '2026-10-30',
  seed: 1,
};
const READY = 'built.json';

export interface LargeCouncilBuild extends DemoDataResult {
  seconds: number;
  bytes: number;
}

export function largeCouncilDir(): string {
  const { customers, contacts } = LARGE_COUNCIL;
  return join(tmpdir(), 'council-contact-bench', `council-${customers}-${contacts}-${VERSION}`);
}

/** How the shared database was built (time, counts, size), once it has been. */
export function largeCouncilBuild(): LargeCouncilBuild | null {
  const file = join(largeCouncilDir(), READY);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LargeCouncilBuild) : null;
}

async function build(dir: string): Promise<void> {
  const partial = `${dir}.building-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  process.stderr.write(`Building the large council once, in ${dir} (a few minutes)...\n`);
  const started = performance.now();
  const opened = await openBackend({ dataDir: partial, demo: true, ...QUIET });
  if (!opened.database) throw new Error(opened.backend.failure!.message);
  let result: DemoDataResult;
  try {
    result = await generateDemoData(opened.database.sqlite, {
      ...LARGE_COUNCIL,
      now: londonDayBounds(LARGE_COUNCIL.end).end,
    });
  } finally {
    await opened.close(); // checkpoints the WAL: one file to copy
  }
  const seconds = (performance.now() - started) / 1000;
  const bytes = statSync(join(partial, DATABASE_FILE_NAME)).size;
  const report: LargeCouncilBuild = { ...result, seconds, bytes };
  writeFileSync(join(partial, READY), `${JSON.stringify(report, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  process.stderr.write(
    `Built the large council in ${seconds.toFixed(0)} s (${(bytes / 2 ** 30).toFixed(1)} GiB).\n`,
  );
}

let ready: Promise<string> | undefined;

/** Brings a council built by an earlier schema up to date, as the app would on opening it
 * (the reports worker opens it read-only and never migrates). */
async function migrate(dir: string): Promise<void> {
  const sqlite = new SQLite(join(dir, DATABASE_FILE_NAME));
  applyPragmas(sqlite);
  const db = new Kysely<Database>({ dialect: new AppSqliteDialect(sqlite) });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
}

/** The data folder of the large council, built on first use. */
export function largeCouncil(): Promise<string> {
  ready ??= (async () => {
    const dir = largeCouncilDir();
    if (!existsSync(join(dir, READY))) await build(dir);
    await migrate(dir);
    return dir;
  })();
  return ready;
}

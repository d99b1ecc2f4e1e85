// `npm run server`: the council server. On the council's own PostgreSQL (15 or later) with
// --database-url or DATABASE_URL, else on an embedded PostgreSQL in the data folder. Migrates,
// listens, and on SIGINT or SIGTERM stops taking requests, finishes those in flight, closes
// its connections and stops the embedded PostgreSQL before exiting 0.
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './app';
import { connectRecords, ROUTE_POOL, type RecordsDb } from './records/report-db';
import { defaultDataDir } from './data-dir';
import { connectDatabase, redactUrl, requireSupportedPostgres, type ServerDb } from './db/connect';
import { migrateServer } from './db/migrate';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded';

interface CliOptions {
  port: number;
  host: string;
  databaseUrl?: string;
  reportsDatabaseUrl?: string;
  dataDir: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535 (0: any free port).');
  }
  return port;
}

const options = new Command()
  .name('npm run server --')
  .description('The council server: many desks, one council (issue 21).')
  .option('--port <port>', 'port to listen on (0: any free port)', parsePort, 4100)
  .option('--host <host>', 'address to listen on', '127.0.0.1')
  .option(
    '--database-url <url>',
    "the council's PostgreSQL 15+ (default: $DATABASE_URL, else an embedded PostgreSQL)",
  )
  .option('--data-dir <dir>', 'folder for the embedded PostgreSQL', defaultDataDir())
  .option(
    '--reports-database-url <url>',
    'a PostgreSQL replica for council-wide reports (default: $REPORTS_DATABASE_URL, else the council database)',
  )
  .parse()
  .opts<CliOptions>();

const say = (line: string): void => console.error(`council-server: ${line}`);

let embedded: RunningPostgres | undefined;
let db: ServerDb | undefined;
let app: FastifyInstance | undefined;
let records: RecordsDb | undefined;

async function start(): Promise<void> {
  let url = options.databaseUrl ?? process.env.DATABASE_URL;
  if (!url) {
    const clusterDir = join(options.dataDir, 'pg');
    const began = Date.now();
    embedded = await startEmbeddedPostgres({ clusterDir });
    say(
      `embedded PostgreSQL on port ${embedded.port} (${clusterDir}), up in ${Date.now() - began} ms`,
    );
    url = embedded.connectionString;
  } else {
    say(`using ${redactUrl(url)}`);
  }
  const logger = { level: 'info' };
  db = connectDatabase(url, {
    // While stopping, the embedded PostgreSQL ending its connections is expected.
    onIdleError: (e) => stopping || say(`lost an idle connection: ${e.message}`),
  });
  await requireSupportedPostgres(db);
  const applied = await migrateServer(db);
  say(applied.length ? `applied migrations ${applied.join(', ')}` : 'database up to date');
  // Reports read through a pool of their own, on a replica when one is given (issue 23).
  const reportsUrl = options.reportsDatabaseUrl ?? process.env.REPORTS_DATABASE_URL;
  if (reportsUrl) say(`reports read from ${redactUrl(reportsUrl)}`);
  records = reportsUrl ? connectRecords(reportsUrl, ROUTE_POOL) : undefined;
  app = buildServer({ db, logger, ...(records ? { records } : {}) });
  await app.listen({ port: options.port, host: options.host });
}

/** Closes whatever has been opened, newest first; each step runs even if one before failed. */
async function closeAll(): Promise<boolean> {
  let clean = true;
  const steps: [string, (() => Promise<unknown>) | undefined][] = [
    ['HTTP server', app && (() => app!.close())],
    ['reports pool', records && (() => records!.destroy())],
    ['database pool', db && (() => db!.destroy())],
    ['embedded PostgreSQL', embedded && (() => embedded!.stop())],
  ];
  for (const [what, step] of steps) {
    if (!step) continue;
    try {
      await step();
    } catch (error) {
      clean = false;
      say(`could not close the ${what}: ${(error as Error).message}`);
    }
  }
  return clean;
}

let stopping = false;
let starting: Promise<void> = Promise.resolve();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) {
      say(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    say(`${signal}: shutting down`);
    // A signal during start-up waits for it to finish (or fail), then closes what it opened.
    void starting
      .catch(() => undefined)
      .then(closeAll)
      .then((clean) => process.exit(clean ? 0 : 1));
  });
}

// Started once the handlers are in place, so a signal during start-up is heard.
starting = start();
starting.catch(async (error: unknown) => {
  say(`could not start: ${error instanceof Error ? error.message : String(error)}`);
  if (stopping) return; // the signal handler closes and exits
  await closeAll();
  process.exit(1);
});

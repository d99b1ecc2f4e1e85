// `npm run server-admin -- enrolment-code --site TH --by j.smith`: the administrator's commands
// that the server has no screen for yet. A command of its own rather than a subcommand of
// `npm run server`: that one runs until stopped, this one does one thing and exits, and it
// works whether or not the server is running. Until staff accounts live on the server (and
// POST /enrolment-codes can check who asks), whoever can run this on the server's machine, or
// reach its database, is trusted to make codes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { connectDatabase, requireSupportedPostgres, type ServerDb } from './db/connect';
import { migrateServer } from './db/migrate';
import { defaultDataDir } from './data-dir';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded';
import { createEnrolmentCode } from './enrolment/enrol';
import { retireDesk } from './enrolment/retire';

interface CodeOptions extends DatabaseOptions {
  site: string;
  by: string;
  hours: number;
}

function parseHours(value: string): number {
  const hours = Number(value);
  if (!(hours > 0 && hours <= 24 * 30)) {
    throw new InvalidArgumentError('hours is more than 0 and at most 720 (30 days).');
  }
  return hours;
}

/** The embedded cluster a running `npm run server` holds, if one is running on `dataDir`. */
function runningEmbedded(dataDir: string): string | undefined {
  const pidFile = join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(lines[0]), 0);
  } catch {
    return undefined; // a stale file: nothing is running
  }
  const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${Number(lines[3])}/postgres`;
}

interface DatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
}

/** Runs `work` on the council's database: the one given, a running embedded one, or one started for the command. */
async function withDatabase(options: DatabaseOptions, work: (db: ServerDb) => Promise<void>) {
  let embedded: RunningPostgres | undefined;
  let url = options.databaseUrl ?? process.env.DATABASE_URL ?? runningEmbedded(options.dataDir);
  if (!url) {
    embedded = await startEmbeddedPostgres({ clusterDir: join(options.dataDir, 'pg') });
    url = embedded.connectionString;
  }
  const db = connectDatabase(url);
  try {
    await requireSupportedPostgres(db);
    await migrateServer(db);
    await work(db);
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}

function enrolmentCode(options: CodeOptions): Promise<void> {
  return withDatabase(options, async (db) => {
    const { code, expiresAt } = await createEnrolmentCode(db, {
      siteId: options.site,
      createdBy: options.by,
      ttlHours: options.hours,
    });
    // The code alone on stdout, so a script can take it; the explanation on stderr.
    console.log(code);
    console.error(
      `One-time enrolment code for site ${options.site}, valid until ${expiresAt.toISOString()}. ` +
        "Type it into the desk's Settings with the server's address; it is not shown again.",
    );
  });
}

function retire(options: DatabaseOptions & { desk: string }): Promise<void> {
  return withDatabase(options, async (db) => {
    const result = await retireDesk(db, options.desk);
    if (result === 'no such desk') throw new Error(`No desk has the id ${options.desk}.`);
    console.error(
      result === 'retired'
        ? `Desk ${options.desk} is retired: it can no longer push or pull, and its past changes keep its name.`
        : `Desk ${options.desk} was already retired.`,
    );
  });
}

const program = new Command()
  .name('npm run server-admin --')
  .description('Council server administration.');
program
  .command('enrolment-code')
  .description('make a one-time code that enrols one desk at a site')
  .requiredOption(
    '--site <site>',
    'the site, by its name ("Town Hall One Stop Shop"), its short code (TH) or its id',
  )
  .requiredOption('--by <name>', 'who is making the code (kept with it)')
  .option('--hours <n>', 'how long the code lasts', parseHours, 24)
  .option(
    '--database-url <url>',
    "the council's PostgreSQL (default: $DATABASE_URL, else the embedded one)",
  )
  .option('--data-dir <dir>', "the embedded PostgreSQL's folder", defaultDataDir())
  .action((options: CodeOptions) => enrolmentCode(options));

program
  .command('retire-desk')
  .description(
    'stop a desk pushing or pulling (a lost or replaced PC); it enrols again with a new code',
  )
  .requiredOption('--desk <id>', "the desk's id, as enrolment gave it")
  .option(
    '--database-url <url>',
    "the council's PostgreSQL (default: $DATABASE_URL, else the embedded one)",
  )
  .option('--data-dir <dir>', "the embedded PostgreSQL's folder", defaultDataDir())
  .action((options: DatabaseOptions & { desk: string }) => retire(options));

program.parseAsync().catch((error: unknown) => {
  console.error(`server-admin: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

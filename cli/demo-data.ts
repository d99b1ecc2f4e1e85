// `npm run demo-data -- --customers N --contacts M --days D`: fills a data folder with
// realistic synthetic activity for demos and benchmarks (scripts/demo-data/). The folder is
// opened as the app opens it (migrated, demo council seeded), and a database that already
// holds contacts is refused before anything is written, unless --append is given.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Command, InvalidArgumentError } from 'commander';
import { DATABASE_FILE_NAME } from '../db/open';
import { openBackend, QUIET } from '../electron/api/backend';
import { resolveDataDir } from '../electron/config';
import { isIsoDate, londonDateOf } from '../shared/time/london';
import {
  checkOptions,
  DemoDataError,
  existingContacts,
  generateDemoData,
  type DemoDataResult,
} from '../scripts/demo-data/generate';

function wholeNumber(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min)
      throw new InvalidArgumentError(`Give a whole number, ${min} or more.`);
    return n;
  };
}

function londonDate(value: string): string {
  if (!isIsoDate(value))
    throw new InvalidArgumentError('Write the date as YYYY-MM-DD, e.g. 2026-11-20.');
  return value;
}

/** Contacts already in an existing database, read without opening it for writing. */
function contactsAlreadyIn(file: string): number {
  if (!existsSync(file)) return 0;
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const table = sqlite
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'contacts'")
      .get();
    return table ? existingContacts(sqlite) : 0;
  } finally {
    sqlite.close();
  }
}

function report(file: string, result: DemoDataResult, seconds: number): string {
  const n = (value: number) => value.toLocaleString('en-GB').padStart(11);
  const megabytes = (statSync(file).size / 1024 / 1024).toFixed(0);
  return [
    `Wrote demo data to ${file} in ${seconds.toFixed(1)} s (database now ${megabytes} MB):`,
    `${n(result.customers)} customers`,
    `${n(result.advisersAdded)} advisers added (they cannot sign in)`,
    `${n(result.contacts)} contacts, ${result.from} to ${result.to} (London days)`,
    `${n(result.visits)} One Stop Shop visits (${result.leftWithoutBeingSeen.toLocaleString('en-GB')} left without being seen)`,
    `${n(result.calls)} calls (${result.abandonedCalls.toLocaleString('en-GB')} abandoned)`,
    `${n(result.correspondence)} letters, emails and forms (${result.holdingReplies.toLocaleString('en-GB')} holding replies)`,
    `${n(result.handOffs)} hand-offs to departments`,
    `${n(result.surveys)} exit surveys (${result.surveysAnswered.toLocaleString('en-GB')} answered)`,
    `${n(result.offers)} further services offered (${result.offersAccepted.toLocaleString('en-GB')} accepted)`,
    `${n(result.complaints)} complaints (${result.escalated.toLocaleString('en-GB')} taken to stage 2)`,
    `${n(result.compliments)} compliments`,
    `${n(result.comments)} comments`,
    `${n(result.qualitySamples)} monthly quality samples (${result.qualitySampleItems.toLocaleString('en-GB')} contacts, ${result.qualityItemsScored.toLocaleString('en-GB')} scored)`,
    `Nothing is dated after ${result.asOf}.`,
    '',
  ].join('\n');
}

const program = new Command('demo-data')
  .description('Fill a Council Contact data folder with realistic synthetic activity')
  .option('--customers <n>', 'customer records to create', wholeNumber(0), 2_000)
  .option('--contacts <n>', 'contacts to create', wholeNumber(0), 20_000)
  .option('--days <n>', 'London days of activity, ending on --end', wholeNumber(1), 60)
  .option('--end <date>', 'last day of activity, YYYY-MM-DD', londonDate, londonDateOf(new Date()))
  .option('--seed <n>', 'the same seed gives the same data', wholeNumber(0), 1)
  .option(
    '--advisers <n>',
    'active advisers the council should have (default: about one per 45 contacts a working day); more are added if it has fewer',
    wholeNumber(0),
  )
  .option('--data-dir <folder>', "data folder (default: the app's own)")
  .option('--append', 'add to a database that already holds contacts')
  .action(
    async (options: {
      customers: number;
      contacts: number;
      days: number;
      end: string;
      seed: number;
      advisers?: number;
      dataDir?: string;
      append?: boolean;
    }) => {
      const settings = { ...options, append: options.append === true };
      checkOptions(settings);
      const dataDir = resolveDataDir(options.dataDir ? ['--data-dir', options.dataDir] : []);
      const file = join(dataDir, DATABASE_FILE_NAME);
      const existing = contactsAlreadyIn(file);
      if (existing > 0 && !settings.append)
        throw new DemoDataError(
          `${file} already holds ${existing.toLocaleString('en-GB')} contacts, so nothing was written. Use --append to add demo data to it anyway, or give an empty --data-dir.`,
        );
      const opened = await openBackend({ dataDir, demo: true, ...QUIET });
      if (!opened.database) throw new DemoDataError(opened.backend.failure!.message);
      // Ctrl-C stops between days; the indexes are rebuilt and the database closed cleanly.
      const stop = new AbortController();
      process.once('SIGINT', () => {
        process.stderr.write('\nStopping after the current day...\n');
        stop.abort();
      });
      let reported = 0;
      const started = performance.now();
      try {
        const result = await generateDemoData(opened.database.sqlite, {
          ...settings,
          signal: stop.signal,
          onProgress(written) {
            // Progress only for runs long enough to wonder about (large ones take minutes).
            const seconds = (performance.now() - started) / 1000;
            const tenth = Math.floor((written / Math.max(1, settings.contacts)) * 10);
            if (seconds < 3 || tenth <= reported || tenth >= 10) return;
            reported = tenth;
            process.stderr.write(
              `  ${tenth * 10}% of contacts written (${seconds.toFixed(0)} s)\n`,
            );
          },
        });
        await opened.close(); // checkpoints the WAL into the database file
        process.stdout.write(report(file, result, (performance.now() - started) / 1000));
      } catch (error) {
        await opened.close();
        throw error;
      }
    },
  );

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof DemoDataError)) throw error;
  process.stderr.write(`demo-data: ${error.message}\n`);
  process.exitCode = 1;
}

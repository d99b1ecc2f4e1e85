// The team leader's figures at the scale of a large council: five years of activity (500,000
// customers, 5,000,000 contacts, with their visits, calls, letters and hand-offs). Ours is
// the app's own path: the stats.report question sent to the reports worker, answered by our
// queries through Kysely, placed on London days. The baseline is the simplest hand-written
// SQL for the same figures on better-sqlite3 in this thread.
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { addCalendarDays } from '../shared/time/london';
import { DATABASE_FILE_NAME } from '../db/open';
import { boundsOf } from '../db/reports/report-context';
import { ReportRunner } from '../electron/reports/runner';
import { baselineQueries } from './baseline-sql';
import { LARGE_COUNCIL, largeCouncil } from './large-council';
import type { Benchmark } from './types';

/** Ten recent working days: each timed in turn, the median reported. */
const DAYS = Array.from({ length: 14 }, (_, i) => addCalendarDays(LARGE_COUNCIL.end, -i)).filter(
  (d) => ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()),
);

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

async function timeBoth(
  ask: (runner: ReportRunner, date: string) => Promise<unknown>,
  baseline: (q: ReturnType<typeof baselineQueries>, date: string) => void,
) {
  const file = join(await largeCouncil(), DATABASE_FILE_NAME);
  const runner = new ReportRunner(file);
  const sqlite = new SQLite(file, { readonly: true });
  const queries = baselineQueries(sqlite);
  await ask(runner, DAYS.at(-1)!); // start the worker and warm the cache before timing
  const ours: number[] = [];
  const theirs: number[] = [];
  for (const date of DAYS) {
    let start = performance.now();
    await ask(runner, date);
    ours.push(performance.now() - start);
    start = performance.now();
    baseline(queries, date);
    theirs.push(performance.now() - start);
  }
  await runner.close();
  sqlite.close();
  return { value: median(ours), baseline: median(theirs) };
}

const at = (date: string) => new Date(`${addCalendarDays(date, 1)}T18:00:00Z`);

export const dayStatsBenchmark: Benchmark = {
  name: 'one day’s stats for all sites, with the 4-week comparison (median of 10 days, 5M contacts)',
  unit: 'ms',
  budget: 100,
  reason: 'the team leader opens the screen and the figures are there',
  run: () =>
    timeBoth(
      (runner, date) => runner.report({ from: date, to: date }, at(date)),
      (q, date) => {
        // The day and the same weekday in each of the four weeks before, plus the 28-day trend.
        for (let w = 0; w <= 4; w += 1) {
          const b = boundsOf(addCalendarDays(date, -7 * w), addCalendarDays(date, -7 * w));
          q.day(b.start, b.end);
        }
        const trend = boundsOf(addCalendarDays(date, -28), date);
        q.daily(trend.start, trend.end);
      },
    ),
};

export const trendBenchmark: Benchmark = {
  name: '28-day trend and figures for all sites (median of 10 periods, 5M contacts)',
  unit: 'ms',
  budget: 300,
  reason: 'a four-week report with its trend charts opens at once',
  run: () =>
    timeBoth(
      (runner, date) => runner.report({ from: addCalendarDays(date, -27), to: date }, at(date)),
      (q, date) => {
        const b = boundsOf(addCalendarDays(date, -27), date);
        q.day(b.start, b.end);
        q.daily(b.start, b.end);
      },
    ),
};

// The team leader's figures on both engines at the large council (issue 23: "npm run bench
// runs the day, period and evidence benchmarks on both engines at the 5,000,000-contact council
// and prints both with their ratio, against the desk's budgets"). Ours here is the council
// server: the question its report route asks its reports thread, which runs the same report
// code (db/reports) on its record tables in PostgreSQL through the reports' pool; the baseline
// beside it is the desk: the same question to its reports worker on SQLite. The ratio is
// PostgreSQL's time over SQLite's; the budget is the desk's.
import { join } from 'node:path';
import { addCalendarDays } from '../shared/time/london';
import { DATABASE_FILE_NAME } from '../db/open';
import { ReportRunner } from '../electron/reports/runner';
import { recordsSettingsOf } from '../server/records/report-db';
import { CouncilReportRunner } from '../server/records/report-runner';
import { largeCouncilRecords, stopRecords } from './council-records';
import { LARGE_COUNCIL, largeCouncil } from './large-council';
import type { Benchmark } from './types';

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

/** Ten recent working days, as bench/stats.ts times them. */
const DAYS = Array.from({ length: 14 }, (_, i) => addCalendarDays(LARGE_COUNCIL.end, -i)).filter(
  (d) => ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()),
);
/** Six whole months, as bench/nesds-evidence.ts times them. */
const MONTHS = Array.from({ length: 6 }, (_, i) => {
  const [y, m] = LARGE_COUNCIL.end.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 2 - i, 1));
  const last = new Date(Date.UTC(y, m - 1 - i, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
});
const at = (date: string) => new Date(`${addCalendarDays(date, 1)}T18:00:00Z`);

/** Each question timed on the server's PostgreSQL and on the desk's SQLite; medians. */
async function onBoth<Q>(
  questions: Q[],
  server: (reports: CouncilReportRunner, q: Q) => Promise<unknown>,
  desk: (runner: ReportRunner, q: Q) => Promise<unknown>,
) {
  const { records } = await largeCouncilRecords();
  const reports = new CouncilReportRunner(recordsSettingsOf(records)!);
  const runner = new ReportRunner(join(await largeCouncil(), DATABASE_FILE_NAME));
  // Warm both: the worker's start, each engine's cache.
  await server(reports, questions.at(-1)!);
  await desk(runner, questions.at(-1)!);
  const pg: number[] = [];
  const sqlite: number[] = [];
  for (const q of questions) {
    let start = performance.now();
    await server(reports, q);
    pg.push(performance.now() - start);
    start = performance.now();
    await desk(runner, q);
    sqlite.push(performance.now() - start);
  }
  await Promise.all([runner.close(), reports.close()]);
  return { value: median(pg), baseline: median(sqlite) };
}

export const councilDayBenchmark: Benchmark = {
  name: 'council server: one day’s stats for all sites on PostgreSQL (median of 10 days, 5M contacts; baseline the desk on SQLite)',
  unit: 'ms',
  budget: 100,
  reason: 'the desk’s budget: the team leader opens the screen and the figures are there',
  run: () =>
    onBoth(
      DAYS,
      (reports, date) => reports.run('stats.report', { from: date, to: date }, at(date)),
      (runner, date) => runner.report({ from: date, to: date }, at(date)),
    ),
  close: stopRecords,
};

export const councilTrendBenchmark: Benchmark = {
  name: 'council server: 28-day trend and figures for all sites on PostgreSQL (median of 10 periods, 5M contacts; baseline the desk on SQLite)',
  unit: 'ms',
  budget: 300,
  reason: 'the desk’s budget: a four-week report with its trend charts opens at once',
  run: () =>
    onBoth(
      DAYS,
      (reports, date) =>
        reports.run('stats.report', { from: addCalendarDays(date, -27), to: date }, at(date)),
      (runner, date) => runner.report({ from: addCalendarDays(date, -27), to: date }, at(date)),
    ),
  close: stopRecords,
};

export const councilEvidenceBenchmark: Benchmark = {
  name: 'council server: a month’s NeSDS evidence on PostgreSQL (median of 6 months, 5M contacts; baseline the desk on SQLite)',
  unit: 'ms',
  budget: 1000,
  reason: 'the desk’s budget: the month’s self-assessment is there within a second',
  run: () => {
    const now = new Date(`${LARGE_COUNCIL.end}T18:00:00Z`);
    return onBoth(
      MONTHS,
      (reports, month) => reports.run('nesds.evidence', month, now),
      (runner, month) => runner.evidence(month, now),
    );
  },
  close: stopRecords,
};

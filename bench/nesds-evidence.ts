// The contact-centre manager's monthly self-assessment at the scale of a large council: the
// NeSDS evidence report for a whole month (the month's stats report, surveys, quality checks,
// complaints and the records behind each standard), asked of the reports worker as the app
// asks it. There is no one hand-written query to set beside it, so it has no baseline.
import { join } from 'node:path';
import { DATABASE_FILE_NAME } from '../db/open';
import { ReportRunner } from '../electron/reports/runner';
import { LARGE_COUNCIL, largeCouncil } from './large-council';
import type { Benchmark } from './types';

/** The six whole months before the data's end, each timed in turn, the median reported. */
const MONTHS = Array.from({ length: 6 }, (_, i) => {
  const [y, m] = LARGE_COUNCIL.end.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 2 - i, 1));
  const last = new Date(Date.UTC(y, m - 1 - i, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
});

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

export const nesdsEvidenceBenchmark: Benchmark = {
  name: 'a month’s NeSDS evidence report (median of 6 months, 5M contacts)',
  unit: 'ms',
  budget: 1000,
  reason: 'the manager opens the month’s self-assessment and it is there within a second',
  async run() {
    const runner = new ReportRunner(join(await largeCouncil(), DATABASE_FILE_NAME));
    const now = new Date(`${LARGE_COUNCIL.end}T18:00:00Z`);
    await runner.evidence(MONTHS.at(-1)!, now); // start the worker and warm the cache
    const times: number[] = [];
    for (const month of MONTHS) {
      const start = performance.now();
      await runner.evidence(month, now);
      times.push(performance.now() - start);
    }
    await runner.close();
    return { value: median(times) };
  },
};

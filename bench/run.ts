// `npm run bench`: runs every benchmark against its written budget. `--json` prints only
// [{ name, value, unit, budget, ok, baseline, ratio }]; `--only WORDS` runs those whose name
// contains the words. Exits non-zero when a budget is missed.
import {
  councilDayBenchmark,
  councilEvidenceBenchmark,
  councilTrendBenchmark,
} from './council-reports';
import { customerSearchBenchmark } from './customer-search';
import { dueDateBenchmark } from './due-dates';
import { duplicateCheckBenchmark, duplicatePageBenchmark } from './duplicates';
import { nesdsEvidenceBenchmark } from './nesds-evidence';
import { recordContactBenchmark } from './record-contact';
import { dayStatsBenchmark, trendBenchmark } from './stats';
import { callRaceBenchmark } from './queue-calls';
import {
  checkInArrivalBenchmark,
  lagBenchmark,
  lagMedianBenchmark,
  largeFirstSyncBenchmark,
  pullBenchmark,
  pushBenchmark,
} from './sync';
import type { Benchmark, BenchResult } from './types';

const BENCHMARKS: Benchmark[] = [
  dueDateBenchmark,
  customerSearchBenchmark,
  dayStatsBenchmark,
  trendBenchmark,
  recordContactBenchmark,
  nesdsEvidenceBenchmark,
  duplicateCheckBenchmark,
  duplicatePageBenchmark,
  pushBenchmark,
  pullBenchmark,
  largeFirstSyncBenchmark,
  lagMedianBenchmark,
  lagBenchmark,
  checkInArrivalBenchmark,
  callRaceBenchmark,
  councilDayBenchmark,
  councilTrendBenchmark,
  councilEvidenceBenchmark,
];

const json = process.argv.includes('--json');
// `--only record` runs the benchmarks whose names contain "record".
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1]?.toLowerCase() : undefined;
const chosen = only ? BENCHMARKS.filter((b) => b.name.toLowerCase().includes(only)) : BENCHMARKS;
const results: BenchResult[] = [];
for (const bench of chosen) {
  // Best of three: the machine is shared, and the budget is about our code, not its noise.
  const runs = [];
  for (let i = 0; i < (bench.runs ?? 3); i += 1) runs.push(await bench.run());
  const best = runs.reduce((a, b) =>
    bench.unit === 'ms' ? (b.value < a.value ? b : a) : b.value > a.value ? b : a,
  );
  const baseline = best.baseline ?? null;
  results.push({
    name: bench.name,
    value: Math.round(best.value * 100) / 100,
    unit: bench.unit,
    budget: bench.budget,
    ok: bench.unit === 'ms' ? best.value <= bench.budget : best.value >= bench.budget,
    baseline: baseline === null ? null : Math.round(baseline * 100) / 100,
    ratio:
      baseline === null || baseline === 0
        ? null
        : Math.round((best.value / baseline) * 1000) / 1000,
  });
}

// What a benchmark kept open across its runs would keep the process alive after the report.
for (const bench of chosen) await bench.close?.();

if (json) {
  console.log(JSON.stringify(results));
} else {
  for (const r of results) {
    const bench = BENCHMARKS.find((b) => b.name === r.name)!;
    console.log(
      `${r.ok ? 'ok  ' : 'MISS'} ${r.name}: ${r.value} ${r.unit} (budget ${r.budget} ${r.unit}: ${bench.reason})` +
        (r.ratio === null ? '' : `; baseline ${r.baseline} ${r.unit}, ratio ${r.ratio}`),
    );
  }
}
process.exitCode = results.every((r) => r.ok) ? 0 : 1;

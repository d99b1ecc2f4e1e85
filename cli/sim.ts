// `npm run sim -- --desks 10 --seed S --json`: a seeded working day of many desks against the
// council server on a real PostgreSQL (scripts/sim/run.ts). Prints one JSON object and exits 1
// unless nothing was lost, duplicated or diverged.
import { Command, InvalidArgumentError } from 'commander';
import { runSimulation } from '../scripts/sim/run';

function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max)
      throw new InvalidArgumentError(`Give a whole number from ${min} to ${max}.`);
    return n;
  };
}

const program = new Command('sim')
  .description('Simulate a working day of desks syncing with the council server.')
  .option('--desks <n>', 'how many desks', wholeNumber(2, 100), 10)
  .option('--seed <s>', 'the seed: the same seed replays the same day', wholeNumber(0, 2 ** 31), 1)
  .option('--hours <h>', 'the working day in hours', wholeNumber(1, 12), 8)
  .option('--database-url <url>', 'an empty PostgreSQL database (default: an embedded one)')
  .option('--json', 'print only the JSON result')
  .parse();

const options = program.opts<{
  desks: number;
  seed: number;
  hours: number;
  databaseUrl?: string;
  json?: boolean;
}>();

const result = await runSimulation({
  desks: options.desks,
  seed: options.seed,
  hours: options.hours,
  ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
});
const ok = result.lost === 0 && result.duplicated === 0 && result.diverged === 0;
if (options.json) console.log(JSON.stringify(result));
else {
  console.log(JSON.stringify(result, null, 2));
  console.log(
    ok ? 'Nothing lost, duplicated or diverged.' : 'FAILED: see lost, duplicated, diverged.',
  );
}
process.exitCode = ok ? 0 : 1;

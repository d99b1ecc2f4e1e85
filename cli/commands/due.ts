// `crm due`: the due date of a reply "within N working days" of a received date, one at a
// time or thousands from standard input (`YYYY-MM-DD N region` per line).
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import {
  addWorkingDays,
  createWorkingCalendar,
  isRegion,
  REGIONS,
  type Region,
  type WorkingCalendar,
} from '../../shared/time';
import { isIsoDate } from '../../shared/time/london';

export class InputError extends Error {}

const calendars = new Map<Region, WorkingCalendar>();
function calendarFor(region: Region): WorkingCalendar {
  let calendar = calendars.get(region);
  if (!calendar) calendars.set(region, (calendar = createWorkingCalendar({ region })));
  return calendar;
}

/** Checks one request and answers it, or throws an InputError saying what is wrong. */
export function dueDate(received: string, days: string, region: string): string {
  if (!isIsoDate(received))
    throw new InputError(`"${received}" is not a date: write it as YYYY-MM-DD.`);
  if (!/^\d+$/.test(days))
    throw new InputError(
      `"${days}" is not a number of working days: use a whole number, 0 or more.`,
    );
  if (!isRegion(region))
    throw new InputError(`"${region}" is not a region: use one of ${REGIONS.join(', ')}.`);
  try {
    return addWorkingDays(calendarFor(region), received, Number(days));
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

async function fromStdin(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let out = '';
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const parts = line.trim().split(/\s+/);
    if (parts.length !== 3) {
      process.stdout.write(out);
      process.stderr.write(
        `crm due: line ${lineNumber}: expected "YYYY-MM-DD N region", got "${line}".\n`,
      );
      return 2;
    }
    try {
      out += `${dueDate(parts[0]!, parts[1]!, parts[2]!)}\n`;
    } catch (error) {
      process.stdout.write(out);
      process.stderr.write(`crm due: line ${lineNumber}: ${(error as Error).message}\n`);
      return 2;
    }
    if (out.length > 64_000) {
      process.stdout.write(out);
      out = '';
    }
  }
  process.stdout.write(out);
  return 0;
}

export function registerDue(program: Command): void {
  program
    .command('due')
    .description('Due date of a reply within N working days of receipt (day of receipt = day 0)')
    .option('--received <date>', 'date received, YYYY-MM-DD')
    .option('--days <n>', 'working days allowed', '10')
    .option('--region <region>', `bank-holiday region: ${REGIONS.join(', ')}`, 'england-and-wales')
    .option(
      '--stdin',
      'read "YYYY-MM-DD N region" lines from standard input, print one due date per line',
    )
    .action(
      async (options: { received?: string; days: string; region: string; stdin?: boolean }) => {
        if (options.stdin) {
          process.exitCode = await fromStdin();
          return;
        }
        if (!options.received) throw new InputError('Give --received YYYY-MM-DD, or --stdin.');
        process.stdout.write(`${dueDate(options.received, options.days, options.region)}\n`);
      },
    );
}

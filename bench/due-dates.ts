// Due-date throughput: a year of a large council's correspondence is ~200,000 items; a
// report recomputing every due date must not be the slow part.
import { addWorkingDays, createWorkingCalendar, REGIONS, regionBankHolidays } from '../shared/time';
import { addCalendarDays } from '../shared/time/london';
import type { Benchmark } from './types';

const ITEMS = 200_000;

function requests() {
  const list: { region: (typeof REGIONS)[number]; date: string; days: number }[] = [];
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  for (let i = 0; i < ITEMS; i += 1) {
    list.push({
      region: REGIONS[next() % 3]!,
      date: addCalendarDays('2019-01-01', next() % (12 * 365)),
      days: 1 + (next() % 20),
    });
  }
  return list;
}

/** The simplest hand-written way: step a day at a time past weekends and a holiday set. */
function naiveDueDate(holidays: Set<string>, received: string, n: number): string {
  let day = received;
  let counted = 0;
  while (counted < n) {
    day = addCalendarDays(day, 1);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(day)) counted += 1;
  }
  return day;
}

export const dueDateBenchmark: Benchmark = {
  name: `due dates for ${ITEMS.toLocaleString('en-GB')} items (3 regions, 2019-2030)`,
  unit: 'ms',
  budget: 100,
  reason: 'a year of correspondence recomputed inside one report request',
  run() {
    const work = requests();
    const calendars = new Map(REGIONS.map((region) => [region, createWorkingCalendar({ region })]));
    const holidays = new Map(
      REGIONS.map((region) => {
        const set = new Set<string>();
        for (let y = 2018; y <= 2032; y += 1)
          for (const h of regionBankHolidays(region, y)) set.add(h.date);
        return [region, set];
      }),
    );
    let start = performance.now();
    for (const r of work) addWorkingDays(calendars.get(r.region)!, r.date, r.days);
    const value = performance.now() - start;
    start = performance.now();
    for (const r of work) naiveDueDate(holidays.get(r.region)!, r.date, r.days);
    const baseline = performance.now() - start;
    return { value, baseline };
  },
};

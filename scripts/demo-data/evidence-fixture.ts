// A demo council generated for the tests of what the NeSDS evidence report reads: 20,000
// contacts from 1 November to midday on 10 December 2026, so November is a whole month drawn
// and scored in December, and December is not yet a whole month. Shares are checked against
// the targets with bounds loose enough for chance (a few standard errors) but tight enough to
// catch a rate out by a third.
import type BetterSqlite3 from 'better-sqlite3';
import { createTestBackend, type TestBackend } from '../../test/support/backend';
import { generateDemoData, type DemoDataOptions } from './generate';

export const NOW = '2026-12-10T12:00:00Z';
export const OPTIONS: DemoDataOptions = {
  customers: 2_000,
  contacts: 20_000,
  days: 40,
  end: '2026-12-10',
  seed: 11,
};
export const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
// November is all GMT: its London days run from midnight UTC.
export const NOVEMBER_START = '2026-11-01T00:00:00.000Z';
export const DECEMBER_START = '2026-12-01T00:00:00.000Z';
export const DAY_MS = 86_400_000;

/** A copy of the demo council with the demo data generated into it, "as of" NOW. */
export async function generatedCouncil(options = OPTIONS): Promise<TestBackend> {
  const backend = await createTestBackend(NOW);
  await generateDemoData(backend.opened.database!.sqlite, { ...options, now: new Date(NOW) });
  return backend;
}

/** Plain SQL over the council's database: every row, or the one value of the first row. */
export function queries(sqlite: () => BetterSqlite3.Database) {
  return {
    all: <T>(query: string, ...params: unknown[]) =>
      sqlite()
        .prepare(query)
        .all(...params) as T[],
    value: (query: string, ...params: unknown[]) =>
      sqlite()
        .prepare(query)
        .pluck()
        .get(...params) as number,
  };
}

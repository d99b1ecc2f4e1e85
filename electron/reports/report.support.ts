// What the team leader's figure tests share (report*.test.ts): a fresh demo council for each
// test at Monday 23 November 2026, 5 pm, with the team leader signed in, and the hand-made
// day's fixture. `backend` and `f` are live bindings, set in useReportDay's beforeEach, so a
// test reads them as its file's own variables, as it did when these tests were one file.
import { afterEach, beforeEach } from 'vitest';
import type { StatsReport } from '../../shared/api/stats';
import { createTestBackend, ok, type TestBackend } from '../../test/support/backend';
import { statsFixture, type StatsFixture } from '../../test/support/stats-fixture';

export let backend: TestBackend;
export let f: StatsFixture;

/** A fresh back end and fixture before each of the file's tests, closed after it. */
export function useReportDay(): void {
  beforeEach(async () => {
    // Monday 23 November 2026, 5 pm: the team leader reviews the day.
    backend = await createTestBackend('2026-11-23T17:00:00Z');
    await backend.signIn('teamleader');
    f = statsFixture(backend);
  });
  afterEach(() => backend.close());
}

export const figure = (report: StatsReport, key: string) => {
  const found = report.sections.flatMap((s) => s.figures).find((x) => x.key === key);
  if (!found) throw new Error(`no figure ${key}`);
  return found;
};
export const day = (date: string, extra: object = {}) =>
  ok(backend.call('stats.report', { from: date, to: date, ...extra }));

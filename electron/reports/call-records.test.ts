// The calls behind the telephone figures, on a hand-made Monday morning at the contact
// centre (answer target 30 seconds): the drill-downs list exactly the calls each figure
// counted, with how long each caller waited, a call answered on the target itself being
// within it (shared/metrics: "within the limit" includes the limit).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StatsScope } from '../../shared/api/stats';
import { createTestBackend, type TestBackend } from '../../test/support/backend';
import { statsFixture } from '../../test/support/stats-fixture';
import { buildRecords } from '../../db/reports/records';

let backend: TestBackend;

beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T17:00:00Z'); // Monday
  const f = statsFixture(backend);
  f.call({ queued: '2026-11-23T09:00:00Z', answered: '2026-11-23T09:00:12Z' }); // 12 s
  f.call({ queued: '2026-11-23T09:10:00Z', answered: '2026-11-23T09:10:30Z' }); // 30 s: on target
  f.call({ queued: '2026-11-23T09:20:00Z', answered: '2026-11-23T09:20:30.001Z' }); // just over
  f.call({ queued: '2026-11-23T09:30:00Z', answered: '2026-11-23T09:31:05Z' }); // 65 s
  f.call({ queued: '2026-11-23T09:40:00Z', abandoned: '2026-11-23T09:40:50Z' }); // hung up
  f.call({ queued: '2026-11-22T09:40:00Z', answered: '2026-11-22T09:40:50Z' }); // Sunday
});
afterEach(() => backend.close());

const MONDAY: StatsScope = { from: '2026-11-23', to: '2026-11-23' };
const records = (drill: 'calls.answered' | 'calls.slow' | 'calls.abandoned') =>
  buildRecords(backend.opened.database!.db, { scope: MONDAY, drill }, backend.clock.now());

describe('the calls behind the telephone figures', () => {
  it('lists answered calls in the order they queued, with London times and seconds waited', async () => {
    const answered = await records('calls.answered');
    expect(answered.title).toBe('Calls answered: 2026-11-23, All sites, all teams');
    expect(answered.total).toBe(4);
    expect(answered.columns.map((c) => c.key)).toEqual([
      'queued',
      'answered',
      'abandoned',
      'seconds',
      'adviser',
      'customer',
      'site',
      'source',
    ]);
    expect(answered.rows.map((r) => r.seconds)).toEqual([12, 30, 30, 65]);
    expect(answered.rows[0]).toMatchObject({
      queued: '2026-11-23 09:00',
      answered: '2026-11-23 09:00',
      abandoned: null,
      customer: null,
      source: 'Telephone system',
    });
  });

  it('counts as slow only the calls answered after the target, not one answered on it', async () => {
    const slow = await records('calls.slow');
    expect(slow.total).toBe(2);
    expect(slow.rows.map((r) => r.queued)).toEqual(['2026-11-23 09:20', '2026-11-23 09:30']);
  });

  it('lists the calls whose callers hung up, with how long they waited', async () => {
    const abandoned = await records('calls.abandoned');
    expect(abandoned.total).toBe(1);
    expect(abandoned.rows[0]).toMatchObject({
      answered: null,
      abandoned: '2026-11-23 09:40',
      seconds: 50,
      adviser: null,
    });
  });
});

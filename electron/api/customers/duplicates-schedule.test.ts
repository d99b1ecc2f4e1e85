// When the duplicate check runs: after start-up unless the stored check is current, after a
// customer change (not after other writes), at most every few minutes, at least daily, and
// one at a time; "Check now" answers when its check is stored.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DuplicateCheckSummary } from '../../../shared/api/customers';
import {
  createTestBackend,
  ok,
  referenceIds,
  type TestBackend,
} from '../../../test/support/backend';
import { latestDuplicateCheck } from '../../../db/queries/customers/duplicates';
import { DuplicateChecks, type DuplicateScheduleTimes } from './duplicates-schedule';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T10:00:00Z');
  await backend.signIn();
});
afterEach(() => backend.close());

const sqlite = () => backend.opened.database!.sqlite;
const EVERY_LOOK: DuplicateScheduleTimes = {
  lookEveryMs: 3_600_000, // looks are made by hand below
  atMostEveryMs: 0,
  atLeastEveryMs: 24 * 3_600_000,
};

/** Stands in for the worker's check: records a finished check that saw the log so far. */
function fakeCheck(runs: Date[]) {
  return (now: Date): Promise<DuplicateCheckSummary> => {
    runs.push(now);
    const mark = sqlite().prepare('select max(rowid) from change_log').pluck().get() as number;
    sqlite()
      .prepare(
        `insert into duplicate_checks (id, checked_at, took_ms, customers, pairs, change_mark)
         values (?, ?, 1, 0, 0, ?)`,
      )
      .run(`check-${String(runs.length).padStart(3, '0')}`, now.toISOString(), mark);
    return Promise.resolve({ checkedAt: now.toISOString(), customers: 0, pairs: 0, tookMs: 1 });
  };
}

const newCustomer = (lastName: string) =>
  ok(backend.call('customers.create', { firstName: 'Ann', lastName, confirmNew: true }));

describe('the duplicate check schedule', () => {
  it('checks after start-up, then only after a customer changes', async () => {
    const runs: Date[] = [];
    const checks = new DuplicateChecks(
      backend.opened.database!.db,
      backend.clock,
      fakeCheck(runs),
      EVERY_LOOK,
    );
    await checks.lookAndRun();
    expect(runs).toHaveLength(1); // none stored yet
    await checks.lookAndRun();
    expect(runs).toHaveLength(1); // the stored check is current

    // A contact is written to the change log too, but changes no customer.
    const { councilTax } = await referenceIds(backend);
    await ok(backend.call('contacts.quickLog', { channel: 'telephone', serviceId: councilTax }));
    await checks.lookAndRun();
    expect(runs).toHaveLength(1);

    await newCustomer('Jones');
    await checks.lookAndRun();
    expect(runs).toHaveLength(2);
    await checks.lookAndRun();
    expect(runs).toHaveLength(2);

    // A day on, it checks again whatever changed.
    backend.clock.advance(24 * 3_600_000);
    await checks.lookAndRun();
    expect(runs.map((r) => r.toISOString())).toEqual([
      '2026-11-23T10:00:00.000Z',
      '2026-11-23T10:00:00.000Z',
      '2026-11-24T10:00:00.000Z',
    ]);
  });

  it('starts a check at most every few minutes however often customers change', async () => {
    const runs: Date[] = [];
    const checks = new DuplicateChecks(
      backend.opened.database!.db,
      backend.clock,
      fakeCheck(runs),
      {
        ...EVERY_LOOK,
        atMostEveryMs: 300_000,
      },
    );
    await checks.lookAndRun();
    await newCustomer('Jones');
    await checks.lookAndRun();
    await newCustomer('Evans');
    await checks.lookAndRun();
    expect(runs).toHaveLength(1);
    // "Check now" is not held back.
    await checks.checkNow();
    expect(runs).toHaveLength(2);
  });

  it('runs checks one at a time, and says when one is under way', async () => {
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const checks = new DuplicateChecks(backend.opened.database!.db, backend.clock, async (now) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => releases.push(resolve));
      running -= 1;
      return { checkedAt: now.toISOString(), customers: 0, pairs: 0, tookMs: 0 };
    });
    expect(checks.checking).toBe(false);
    const first = checks.checkNow();
    const second = checks.checkNow();
    expect(checks.checking).toBe(true);
    await vi.waitFor(() => expect(releases).toHaveLength(1));
    releases[0]!();
    await first;
    await vi.waitFor(() => expect(releases).toHaveLength(2));
    releases[1]!();
    await second;
    expect(most).toBe(1);
    expect(checks.checking).toBe(false);
  });

  it('answers a failed check in plain words, and tries again at the next look', async () => {
    let fail = true;
    const runs: Date[] = [];
    const succeed = fakeCheck(runs);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const checks = new DuplicateChecks(
      backend.opened.database!.db,
      backend.clock,
      (now) => (fail ? Promise.reject(new Error('worker died')) : succeed(now)),
      EVERY_LOOK,
    );
    await expect(checks.checkNow()).rejects.toThrow(
      'The duplicate check could not finish. Try again.',
    );
    await checks.lookAndRun();
    expect(errors).toHaveBeenCalledWith('[duplicates] the check failed: worker died');
    fail = false;
    await checks.lookAndRun();
    expect(runs).toHaveLength(1);
    errors.mockRestore();
  });

  it('runs the first check in the reports worker after start-up', async () => {
    for (const firstName of ['Ann', 'Ruth'])
      await ok(
        backend.call('customers.create', {
          firstName,
          lastName: 'Jones',
          phone: '07700 900123',
          confirmNew: true,
        }),
      );
    const { ctx } = backend.opened.backend;
    const checks = new DuplicateChecks(ctx!.db, backend.clock, (now) =>
      ctx!.reports.checkDuplicates(now),
    );
    checks.start();
    try {
      await vi.waitFor(async () => expect(await latestDuplicateCheck(ctx!.db)).not.toBeNull(), {
        timeout: 15_000,
        interval: 50,
      });
      expect(await latestDuplicateCheck(ctx!.db)).toMatchObject({
        checkedAt: '2026-11-23T10:00:00.000Z',
      });
      expect(sqlite().prepare('select reasons from duplicate_candidates').pluck().all()).toEqual([
        '["same phone"]',
      ]);
    } finally {
      checks.stop();
    }
  });
});

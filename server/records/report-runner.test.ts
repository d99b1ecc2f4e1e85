// The council server's reports thread (issue 23): the report route's questions are answered
// off its event loop. A rule's refusal comes back in its own words, and a thread that died is
// replaced by the next report.
import { describe, expect, it, onTestFinished } from 'vitest';
import { ApiFailure } from '../../shared/api/errors';
import { migrateServer } from '../db/migrate';
import { freshDatabase } from '../test/fresh-database';
import { connectRecords, recordsSettingsOf } from './report-db';
import { CouncilReportRunner } from './report-runner';

const NOW = new Date('2026-11-23T17:00:00Z');
const DAY = { from: '2026-11-23', to: '2026-11-23' };

async function runner() {
  const fresh = await freshDatabase();
  await migrateServer(fresh.connect());
  const records = connectRecords(fresh.url);
  const reports = new CouncilReportRunner(recordsSettingsOf(records)!);
  onTestFinished(async () => {
    await reports.close();
    await records.destroy();
  });
  return reports;
}

describe('the council server’s reports thread', () => {
  it('answers a report, and refuses one for a site that does not exist in the rule’s words', async () => {
    const reports = await runner();
    const day = (await reports.run('stats.report', DAY, NOW)) as {
      from: string;
      scopeLabel: string;
    };
    expect(day).toMatchObject({ from: '2026-11-23', scopeLabel: 'All sites, all teams' });
    const refused = reports.run('stats.report', { ...DAY, siteId: 'no-such-site' }, NOW);
    await expect(refused).rejects.toBeInstanceOf(ApiFailure);
    await expect(refused).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'That site does not exist.',
    });
  });

  it('is replaced by the next report after it dies', async () => {
    const reports = await runner();
    await reports.run('stats.report', DAY, NOW);
    const thread = (reports as unknown as { thread: { current: { terminate(): Promise<number> } } })
      .thread;
    await thread.current.terminate();
    const again = (await reports.run('stats.report', DAY, NOW)) as { from: string };
    expect(again.from).toBe('2026-11-23');
  });
});

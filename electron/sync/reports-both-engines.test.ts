// The same report code on both engines (issue 23): the hand-made day of the stats tests, built
// on a desk's SQLite and copied into the council server's record tables on PostgreSQL, gives
// the same team leader's report, NeSDS evidence, survey figures and quality results on each,
// figure by figure: the day, the period, and each with a site or a team chosen.
import { afterEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { createTestBackend, type TestBackend } from '../../test/support/backend';
import { statsFixture } from '../../test/support/stats-fixture';
import { buildReport } from '../../db/reports/report';
import { buildEvidence } from '../../db/reports/evidence';
import { buildRecords } from '../../db/reports/records';
import { DRILLS } from '../../shared/api/stats';
import { surveyFigures } from '../../db/reports/survey-figures';
import { qualityResults } from '../../db/reports/quality-results';
import { recordNesdsNovember } from '../../test/support/nesds-month';
import { recordNovember } from '../../test/support/quality-month';
import { mirrorToRecords } from './records-mirror.support';
import { recordsSettingsOf } from '../../server/records/report-db';
import { CouncilReportRunner } from '../../server/records/report-runner';

let backend: TestBackend;
afterEach(() => backend?.close());

const NOW = new Date('2026-11-23T17:00:00Z');

/** The hand-made day of report.test.ts and its neighbours, and a little of the week before. */
async function handMadeDay() {
  backend = await createTestBackend('2026-11-23T17:00:00Z');
  const f = statsFixture(backend);
  const ann = f.customer('Ann Example');
  const bob = f.customer('Bob Example');
  f.contact({ at: '2026-11-23T09:05:00Z', customerId: ann, outcome: 'resolved' });
  f.contact({ at: '2026-11-23T09:40:00Z', customerId: ann, outcome: 'resolved' }); // a repeat
  f.contact({ at: '2026-11-23T10:15:00Z', customerId: bob, channel: 'email', service: 'benefits' });
  f.contact({ at: '2026-11-23T11:00:00Z', direction: 'outbound', staff: 'adviser2' });
  f.contact({ at: '2026-11-23T23:30:00Z', customerId: bob, site: 'townHall' }); // 23:30 GMT
  f.contact({ at: '2026-11-16T10:00:00Z', customerId: ann, outcome: 'resolved' });
  f.visit({ arrived: '2026-11-23T09:00:00Z', firstSeen: '2026-11-23T09:12:00Z', state: 'done' });
  // Seen at exactly 10 minutes, the day before: within the limit, in the day's trend week.
  f.visit({ arrived: '2026-11-22T09:00:00Z', firstSeen: '2026-11-22T09:10:00Z', state: 'done' });
  f.visit({ arrived: '2026-11-23T09:30:00Z', firstSeen: '2026-11-23T09:35:00Z', state: 'done' });
  f.visit({ arrived: '2026-11-23T10:00:00Z', state: 'left', left: '2026-11-23T10:25:00Z' });
  f.visit({
    arrived: '2026-11-23T11:00:00Z',
    appointment: '2026-11-23T11:20:00Z',
    firstSeen: '2026-11-23T11:25:00Z',
    state: 'done',
  });
  f.call({ queued: '2026-11-23T09:00:00Z', answered: '2026-11-23T09:00:25Z' });
  f.call({ queued: '2026-11-23T09:10:00Z', answered: '2026-11-23T09:11:00Z', staff: 'adviser2' });
  f.call({ queued: '2026-11-23T09:20:00Z', abandoned: '2026-11-23T09:21:00Z' });
  f.letter({
    received: '2026-11-10T09:00:00Z',
    due: '2026-11-24',
    responded: '2026-11-23T15:00:00Z',
  });
  f.letter({ received: '2026-11-02T09:00:00Z', due: '2026-11-16', responded: null });
  f.letter({
    received: '2026-11-20T09:00:00Z',
    due: '2026-12-04',
    holding: ['2026-11-23T10:00:00Z'],
  });
  const standard = f.standardId('Rent Service: Housing Benefit determinations');
  f.handOff({
    created: '2026-11-20T09:00:00Z',
    resolved: '2026-11-23T12:00:00Z',
    standard,
  });
  f.handOff({ created: '2026-11-23T09:00:00Z', standard });
  return f;
}

/** Each report, worked out by the same code on the desk's SQLite and the server's PostgreSQL. */
async function onBothEngines<T>(work: (db: Kysely<Database>) => Promise<T>) {
  const desk = await work(backend.opened.database!.db);
  const server = await work(await mirrorToRecords(backend));
  return { desk, server };
}

const DAY = { from: '2026-11-23', to: '2026-11-23' };
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

describe('the same figures on SQLite and PostgreSQL', () => {
  it('gives the team leader’s report for the day, the month, a site and a team alike', async () => {
    const f = await handMadeDay();
    const team = backend.opened
      .database!.sqlite.prepare('select team from staff where team is not null limit 1')
      .pluck()
      .get() as string;
    const scopes = [
      DAY,
      NOVEMBER,
      { ...DAY, siteId: f.ids.sites.townHall },
      { ...NOVEMBER, siteId: f.ids.sites.contactCentre },
      { ...DAY, staffId: f.ids.staff.adviser2 },
      { ...NOVEMBER, team },
    ];
    const both = await onBothEngines((db) =>
      Promise.all(scopes.map((scope) => buildReport(db, scope, NOW))),
    );
    expect(both.server).toEqual(both.desk);
    // Not an empty report agreeing with another: the day counted what was made.
    const contacts = both.desk[0]!.sections.flatMap((s) => s.figures).find(
      (x) => x.key === 'contacts.all',
    );
    expect(contacts?.value).toBeGreaterThan(0);
  });

  it('opens the same records behind every figure of the day and the month', async () => {
    await handMadeDay();
    const both = await onBothEngines((db) =>
      Promise.all(
        [DAY, NOVEMBER].flatMap((scope) =>
          DRILLS.map((drill) => buildRecords(db, { scope, drill }, NOW)),
        ),
      ),
    );
    expect(both.server).toEqual(both.desk);
    expect(both.desk.filter((page) => page.total > 0).length).toBeGreaterThan(10);
  });

  it('gives the NeSDS evidence, survey figures and quality results of a month alike', async () => {
    backend = await createTestBackend('2026-11-23T17:00:00Z');
    await recordNesdsNovember(backend);
    const both = await onBothEngines(async (db) => ({
      evidence: await buildEvidence(db, NOVEMBER, NOW),
      surveys: await surveyFigures(db, NOVEMBER),
      quality: await qualityResults(db, { ...DAY, siteId: null }),
    }));
    expect(both.server).toEqual(both.desk);
    expect(both.desk.surveys.overall.responses).toBe(1);
    expect(both.desk.quality.council.contactsScored).toBe(3);
  });

  it('gives the same figures from the council server’s reports thread, hand-offs worked out by its helper', async () => {
    await handMadeDay();
    const desk = await buildReport(backend.opened.database!.db, DAY, NOW);
    const deskEvidence = await buildEvidence(backend.opened.database!.db, NOVEMBER, NOW);
    const records = await mirrorToRecords(backend);
    const reports = new CouncilReportRunner(recordsSettingsOf(records)!);
    try {
      expect(await reports.run('stats.report', DAY, NOW)).toEqual(desk);
      expect(await reports.run('nesds.evidence', NOVEMBER, NOW)).toEqual(deskEvidence);
    } finally {
      await reports.close();
      await records.destroy();
    }
    // The helper's part is in it: the day's hand-off resolved against its standard.
    expect(desk.handOffs.map((h) => h.name)).toEqual([
      'Rent Service: Housing Benefit determinations',
    ]);
  });

  it('gives the quality month’s report alike: a hundred contacts over four weeks', async () => {
    backend = await createTestBackend('2026-11-30T17:00:00Z');
    recordNovember(backend);
    const both = await onBothEngines((db) => buildReport(db, NOVEMBER, NOW));
    expect(both.server).toEqual(both.desk);
  });
});

// Where a team leader's figures come from on joined desks (issue 23): online, the council
// server answers from every desk's records; offline, the desk's own copy, labelled with when
// it last reached the server and why not now; a report the server stops for running too long
// says so. Real desk back ends on SQLite, a real server on PostgreSQL.
import { describe, expect, it } from 'vitest';
import type { StatsReport } from '../../shared/api';
import { buildServer } from '../../server/app';
import { connectionSettingsOf } from '../../server/db/connect';
import { connectRecords } from '../../server/records/report-db';
import { joinedDesk, recordContact, startCouncil, type JoinedDesk } from './sync.support';

const DAY = { from: '2026-11-23', to: '2026-11-23' };

const contactsIn = (report: StatsReport) =>
  report.sections.flatMap((s) => s.figures).find((f) => f.key === 'contacts.all')?.value;

async function leadersDay(desk: JoinedDesk): Promise<StatsReport> {
  await desk.backend.signIn('teamleader');
  const report = await desk.backend.call('stats.report', DAY);
  if (!report.ok) throw new Error(report.error.message);
  return report.value;
}

/** Two desks' contacts, each desk's only in its own copy until they sync. */
async function twoDesksWork() {
  const council = await startCouncil();
  const a = await joinedDesk(council, 'Desk A');
  const b = await joinedDesk(council, 'Desk B');
  await recordContact(a.backend, null, 10);
  await recordContact(a.backend, null, 20);
  await recordContact(b.backend, null, 30);
  await a.sync();
  await b.sync();
  return { council, a, b };
}

describe('the team leader’s figures on joined desks', () => {
  it('come from the council server, counting every desk’s contacts', async () => {
    const { council, a } = await twoDesksWork();
    const leader = await joinedDesk(council, 'Leader PC'); // has pulled nothing of today
    const report = await leadersDay(leader);
    expect(contactsIn(report)).toBe(3);
    expect(report.source).toMatchObject({ kind: 'council', quietDesks: [] });
    // The same on a desk that holds everything: council-wide, not this desk's copy.
    expect(contactsIn(await leadersDay(a))).toBe(3);
    const evidence = await leader.backend.call('nesds.evidence', {
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(evidence.ok && evidence.value.source?.kind).toBe('council');
    const drill = await leader.backend.call('stats.records', {
      scope: DAY,
      drill: 'contacts.all',
    });
    expect(drill.ok && drill.value.total).toBe(3);
  });

  it('come from the desk’s own copy while the server is out of reach, and say so', async () => {
    const { council, a, b } = await twoDesksWork();
    await a.sync(); // A now holds B's contact too
    await council.stop();
    await recordContact(b.backend, null, 40); // B's, never reaching A
    const report = await leadersDay(a);
    expect(contactsIn(report)).toBe(3);
    expect(report.source).toEqual({
      kind: 'desk',
      upTo: expect.stringMatching(/^2026-11-23T/) as string,
      reason: 'The council server could not be reached.',
    });
  });

  it('say so when the server stops a report that runs past its time limit', async () => {
    const { council, a } = await twoDesksWork();
    // The server again, on the same database, with a report time limit no report can meet.
    await council.stop();
    const url = connectionSettingsOf(council.db)!.connectionString;
    const slow = buildServer({
      db: council.db,
      records: connectRecords(url, { statementTimeoutMs: 1 }),
    });
    const address = await slow.listen({ port: 0, host: '127.0.0.1' });
    a.backend.opened.database!.sqlite.prepare('update sync_state set server_url = ?').run(address);
    try {
      const report = await leadersDay(a);
      expect(report.source).toMatchObject({
        kind: 'desk',
        reason: expect.stringMatching(
          /^The council server stopped this report: it took longer than its time limit\./,
        ) as string,
      });
    } finally {
      await slow.close();
    }
  });

  it('are refused on the server for anyone but a team leader or administrator', async () => {
    const { a } = await twoDesksWork();
    const adviser = a.backend.opened
      .database!.sqlite.prepare("select id from staff where username = 'adviser'")
      .pluck()
      .get() as string;
    const answer = await a.backend.opened.backend.ctx!.sync.askFigures(
      'stats.report',
      adviser,
      DAY,
      new Date('2026-11-23T17:00:00Z'),
    );
    expect(answer).toEqual({
      ok: false,
      reason: 'Only team leaders and administrators see council-wide figures.',
    });
  });
});

// Issue 19: importing a few calls for a day replaced every answer time advisers had typed
// that day. Now the switch's records replace typed times only in the clock hours at the site
// that the file's calls fall in. Worked by hand on Fri 4 Dec 2026 (GMT: London hours are UTC
// hours), through the real back end: advisers type their calls, the preview says what will
// go, the import changes calls answered and ASA only in the hour it covers, another site's
// typed times stay, abandoned calls are "not known" until the switch's records arrive, and the
// SQL that counts calls agrees with the rule in shared/calls/switch-cover.ts.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Figure, StatsReport } from '../../../shared/api';
import { cellsOf, countsInFigures } from '../../../shared/calls/switch-cover';
import { countedCallOf } from '../../../db/queries/stats/call-groups';
import { engineOf } from '../../../db/engine/engine';
import {
  createTestBackend,
  ok,
  referenceIds,
  type TestBackend,
} from '../../../test/support/backend';
import { SWITCH_MAPPING } from '../../../test/fixtures/switch-calls';

let backend: TestBackend;
let sites: Record<'contactCentre' | 'townHall', string>;

beforeEach(async () => {
  backend = await createTestBackend('2026-12-04T17:30:00Z'); // Friday, after closing
  const sqlite = backend.opened.database!.sqlite;
  const site = (name: string) =>
    sqlite.prepare('select id from sites where name = ?').pluck().get(name) as string;
  sites = { contactCentre: site('Contact Centre'), townHall: site('Town Hall One Stop Shop') };
});
afterEach(() => backend.close());

/** Telephone contacts with the seconds before answer each adviser typed: `HH:MM` London. */
async function typeCalls(username: string, calls: [start: string, seconds: number][]) {
  await backend.signIn(username);
  const ids = await referenceIds(backend);
  for (const [start, seconds] of calls)
    await ok(
      backend.call('contacts.record', {
        channel: 'telephone',
        serviceId: ids.councilTax,
        interactionTypeId: ids.providingInformation,
        customerTypeId: ids.citizen,
        outcome: 'resolved',
        startedAt: `2026-12-04T${start}:00Z`,
        endedAt: `2026-12-04T${start}:59Z`,
        answerSeconds: seconds,
      }),
    );
}

/** The switch's export for 09:00-10:00 only: two calls answered, one abandoned. */
const FILE =
  'Call ID,Start,Queue,Wait,Result,Agent,Transferred,Transfer reason\n' +
  'S1,04/12/2026 09:05:00,Council Tax,10,Answered,adviser2,No,\n' +
  'S2,04/12/2026 09:20:00,Council Tax,20,Answered,adviser2,No,\n' +
  'S3,04/12/2026 09:40:00,Council Tax,60,Abandoned,,No,\n';
const importInput = () => ({
  sourceName: 'Mitel switch',
  fileName: 'calls-04-12.csv',
  siteId: sites.contactCentre,
  csv: FILE,
  mapping: SWITCH_MAPPING,
});

async function report(siteId?: string): Promise<StatsReport> {
  return ok(backend.call('stats.report', { from: '2026-12-04', to: '2026-12-04', siteId }));
}
const figure = (r: StatsReport, key: string): Figure =>
  r.sections.flatMap((s) => s.figures).find((f) => f.key === key)!;
const calls = (r: StatsReport) => ({
  answered: figure(r, 'calls.answered').value,
  asa: figure(r, 'calls.asa').value,
  abandoned: figure(r, 'calls.abandoned').value,
  abandonedDetail: figure(r, 'calls.abandoned').detail,
  notKnownWhy: figure(r, 'calls.abandoned').notKnownWhy,
});

describe('an import replaces typed answer times only in the hours it covers', () => {
  beforeEach(async () => {
    // Ben at the Contact Centre: 09:10 after 20 s and 09:40 after 40 s (queued in the 09:00
    // hour), then one call an hour from 10:10 to 16:10, each after 30 s.
    await typeCalls('adviser2', [
      ['09:10', 20],
      ['09:40', 40],
      ...[10, 11, 12, 13, 14, 15, 16].map((h): [string, number] => [`${h}:10`, 30]),
    ]);
    // Amina at the Town Hall One Stop Shop: 09:30 after 50 s.
    await typeCalls('adviser', [['09:30', 50]]);
    await backend.signIn('teamleader');
  });

  it('keeps the rest of the day and the other site, and says so before anything changes', async () => {
    // Before: 9 typed calls at the Contact Centre, (20 + 40 + 7 x 30) / 9 = 270 / 9 = 30 s.
    // Abandoned calls cannot be typed, so with no switch records they are not known.
    const notKnown = 'known once the switch’s records are imported';
    expect(calls(await report(sites.contactCentre))).toEqual({
      answered: 9,
      asa: 30,
      abandoned: null,
      abandonedDetail: null,
      notKnownWhy: notKnown,
    });
    // All sites: Amina's 50 s too, (270 + 50) / 10 = 32 s.
    expect(calls(await report())).toMatchObject({ answered: 10, asa: 32, abandoned: null });
    expect((await report()).callsByHour[0]).toMatchObject({
      hour: 9,
      answered: 3,
      abandoned: null,
      abandonedShare: null,
    });

    // The preview: the file covers 09:00-10:00, so Ben's two typed times in that hour go.
    const preview = await ok(backend.call('calls.preview', importInput()));
    expect(preview).toMatchObject({
      toImport: 3,
      answered: 2,
      abandoned: 1,
      typedReplaced: 2,
      siteName: 'Contact Centre',
      coverage: [
        { date: '2026-12-04', hours: [9], openingHours: [8, 9, 10, 11, 12, 13, 14, 15, 16] },
      ],
    });
    // Nothing changes until the import is confirmed.
    expect(calls(await report(sites.contactCentre))).toMatchObject({ answered: 9, asa: 30 });

    const done = await ok(backend.call('calls.import', importInput()));
    // After, at the Contact Centre: the switch's 10 s and 20 s replace the typed 20 s and
    // 40 s; the seven typed 30 s calls from 10:00 stay. (10 + 20 + 7 x 30) / 9 = 240 / 9 s.
    // One call abandoned of the 10 that reached the queue.
    expect(calls(await report(sites.contactCentre))).toEqual({
      answered: 9,
      asa: 240 / 9,
      abandoned: 1,
      abandonedDetail: '10% of 10 calls that reached the queue',
      notKnownWhy: null,
    });
    const byHour = (await report(sites.contactCentre)).callsByHour;
    expect(byHour.slice(0, 2)).toEqual([
      // 09:00: the switch's calls, (10 + 20) / 2 = 15 s, one of three abandoned.
      {
        hour: 9,
        answered: 2,
        abandoned: 1,
        abandonedShare: 1 / 3,
        averageSpeedOfAnswer: 15,
        met: true,
      },
      // 10:00: Ben's typed call, and no switch records to say how many hung up.
      {
        hour: 10,
        answered: 1,
        abandoned: null,
        abandonedShare: null,
        averageSpeedOfAnswer: 30,
        met: true,
      },
    ]);
    // All sites: Amina's typed 50 s at the Town Hall still counts, (240 + 50) / 10 = 29 s.
    expect(calls(await report())).toMatchObject({
      answered: 10,
      asa: 29,
      abandoned: 1,
      abandonedDetail: '9% of 11 calls that reached the queue',
    });
    expect(calls(await report(sites.townHall))).toMatchObject({ answered: 1, asa: 50 });

    // Undone, the typed times count again and abandoned calls are not known again.
    await ok(backend.call('calls.undoImport', { id: done.id }));
    expect(calls(await report(sites.contactCentre))).toEqual({
      answered: 9,
      asa: 30,
      abandoned: null,
      abandonedDetail: null,
      notKnownWhy: notKnown,
    });
  });

  it('counts in SQL exactly the calls the rule counts', async () => {
    await ok(backend.call('calls.import', importInput()));
    const db = backend.opened.database!.db;
    const all = await db
      .selectFrom('calls')
      .select(['id', 'site_id', 'queued_at', 'source', 'import_id'])
      .execute();
    const at = (c: (typeof all)[number]) => ({ siteId: c.site_id, queuedAt: c.queued_at });
    const switchCells = cellsOf(all.filter((c) => c.import_id !== null).map(at));
    const byRule = all
      .filter((c) => countsInFigures({ ...at(c), fromSwitch: c.source === 'import' }, switchCells))
      .map((c) => c.id)
      .sort();
    const countedIn = async (start: string, end: string) => {
      const { rows } = await sql<{ id: string }>`select k.id from calls k
        where k.queued_at >= ${start} and k.queued_at < ${end}
          and ${countedCallOf(engineOf(db), { start, end })}`.execute(db);
      return rows.map((r) => r.id).sort();
    };
    expect(await countedIn('2000-01-01T00:00:00.000Z', '2100-01-01T00:00:00.000Z')).toEqual(byRule);
    // A period that starts or ends inside an hour the switch covers still knows the hour is
    // covered: from each call's own instant to an hour and a half on, and the call alone.
    const ms = (t: string, plus: number) => new Date(Date.parse(t) + plus).toISOString();
    for (const c of all) {
      const within = (start: string, end: string) =>
        byRule.filter((id) => {
          const q = all.find((a) => a.id === id)!.queued_at;
          return q >= start && q < end;
        });
      const [from, to] = [c.queued_at, ms(c.queued_at, 90 * 60_000)];
      expect(await countedIn(from, to)).toEqual(within(from, to));
      const [early, upTo] = [c.queued_at, ms(c.queued_at, 1)];
      expect(await countedIn(early, upTo)).toEqual(within(early, upTo));
    }
    expect(byRule).toHaveLength(all.length - 2); // 13 calls on file, Ben's two 09:00 ones out
    expect(all).toHaveLength(13);
  });
});

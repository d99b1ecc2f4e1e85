// Importing a switch's call records through the real back end: the preview's exact counts on
// a messy file, the import writing only new calls (with advisers matched and transfers kept),
// a second import of the same file finding nothing new, the mapping remembered for the
// source, undo putting the calls back as they were, and the day's answer time following
// (typed answer times give way only in the hours the file covers: call-cover.test.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StatsReport } from '../../../shared/api';
import { createTestBackend, ok, type TestBackend } from '../../../test/support/backend';
import { MESSY_SWITCH_CSV, SWITCH_MAPPING } from '../../../test/fixtures/switch-calls';

const CSV = MESSY_SWITCH_CSV;
const MAPPING = SWITCH_MAPPING;

let backend: TestBackend;
let siteId: string;

beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T17:00:00Z');
  await backend.signIn('teamleader');
  siteId = backend.opened
    .database!.sqlite.prepare("select id from sites where name = 'Contact Centre'")
    .pluck()
    .get() as string;
});
afterEach(() => backend.close());

const input = () => ({
  sourceName: 'Mitel switch',
  fileName: 'calls-23-11.csv',
  siteId,
  csv: CSV,
  mapping: MAPPING,
});
const calls = () =>
  backend.opened
    .database!.sqlite.prepare(
      `select c.queued_at, c.answered_at, c.abandoned_at, s.username, c.transferred,
         c.transfer_reason, c.source from calls c left join staff s on s.id = c.staff_id
       order by c.queued_at`,
    )
    .all();
const NOW = '2026-11-23T17:00:00.000Z';
const asa = async (date = '2026-11-23') => {
  const report: StatsReport = await ok(backend.call('stats.report', { from: date, to: date }));
  const found = report.sections.flatMap((s) => s.figures).find((f) => f.key === 'calls.asa');
  return found?.value;
};

describe('importing call records', () => {
  it('previews exact counts, imports the new calls, finds nothing new twice, and undoes', async () => {
    const preview = await ok(backend.call('calls.preview', input()));
    expect(preview).toMatchObject({
      rowsRead: 9,
      toImport: 5,
      duplicates: 1,
      skipped: 3,
      duplicateLines: [6],
      unknownAgents: ['Unknown Person'],
      typedReplaced: 0,
      siteName: 'Contact Centre',
      // Every call reached the queue between 09:00 and 10:00 on Monday, when the Contact
      // Centre is open 08:00-18:00.
      coverage: [
        { date: '2026-11-23', hours: [9], openingHours: [8, 9, 10, 11, 12, 13, 14, 15, 16, 17] },
      ],
      answered: 4,
      abandoned: 1,
    });
    expect(preview.problems.map((p) => p.line)).toEqual([7, 8, 9]);
    // (12 + 31 + 25 + 5) / 4 answered.
    expect(preview.averageSpeedOfAnswer).toBe(73 / 4);
    expect(calls()).toEqual([]); // a preview writes nothing
    expect(await asa()).toBeNull();

    const done = await ok(backend.call('calls.import', input()));
    expect(done).toMatchObject({
      sourceName: 'Mitel switch',
      fileName: 'calls-23-11.csv',
      siteName: 'Contact Centre',
      importedByName: 'Carys Jones',
      rowsRead: 9,
      imported: 5,
      duplicates: 1,
      skipped: 3,
      undoneAt: null,
    });
    expect(calls()).toEqual([
      {
        queued_at: '2026-11-23T09:00:05.000Z',
        answered_at: '2026-11-23T09:00:17.000Z',
        abandoned_at: null,
        username: 'adviser2',
        transferred: 0,
        transfer_reason: null,
        source: 'import',
      },
      expect.objectContaining({ abandoned_at: '2026-11-23T09:01:55.000Z', username: null }),
      expect.objectContaining({
        username: 'adviser2', // "Ben Hughes" is adviser2's name
        transferred: 1,
        transfer_reason: 'Needed the benefits team, not council tax',
      }),
      expect.objectContaining({ username: null, transferred: 0 }), // Unknown Person
      expect.objectContaining({ username: 'adviser2', transfer_reason: 'Wrong department' }),
    ]);
    expect(await asa()).toBe(73 / 4);

    // The same file again: everything it could import is on file already.
    const again = await ok(backend.call('calls.preview', input()));
    expect(again).toMatchObject({ toImport: 0, duplicates: 6, skipped: 3 });
    const refused = await backend.call('calls.import', input());
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'No row of the file can be imported: every one is a duplicate or has a problem.',
      },
    });
    expect(calls()).toHaveLength(5);

    // The mapping is kept for the source, under the name it was given.
    const sources = await ok(backend.call('calls.sources', {}));
    expect(sources.map((s) => [s.name, s.mapping])).toEqual([['Mitel switch', MAPPING]]);

    const undone = await ok(backend.call('calls.undoImport', { id: done.id }));
    expect(undone.undoneAt).toBe('2026-11-23T17:00:00.000Z');
    expect(calls()).toEqual([]);
    // Each removed call is in the change log with what it held.
    const removed = backend.opened
      .database!.sqlite.prepare(
        "select before from change_log where entity = 'calls' and action = 'delete'",
      )
      .pluck()
      .all() as string[];
    expect(removed.map((b) => (JSON.parse(b) as { queued_at: string }).queued_at).sort()).toEqual([
      '2026-11-23T09:00:05.000Z',
      '2026-11-23T09:01:10.000Z',
      '2026-11-23T09:02:00.000Z',
      '2026-11-23T09:06:00.000Z',
      '2026-11-23T09:07:00.000Z',
    ]);
    expect(await asa()).toBeNull();
    const twice = await backend.call('calls.undoImport', { id: done.id });
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Undone, the file can be imported again.
    expect((await ok(backend.call('calls.preview', input()))).toImport).toBe(5);
    const history = await ok(backend.call('calls.imports', {}));
    expect(history.map((h) => [h.imported, h.undoneAt !== null])).toEqual([[5, true]]);
  });

  it('replaces the answer times advisers typed in the hours the switch’s records cover', async () => {
    const typed = backend.opened.database!.sqlite.prepare(
      `insert into calls (id, site_id, queued_at, answered_at, source, recorded_at)
       values (?, ?, ?, ?, 'adviser', ?)`,
    );
    // In the 09:00 hour the file covers, typed as 30 s; one typed in the 08:00 hour (queued
    // three seconds before it ends, so not the switch's to replace); and one on Friday.
    typed.run('typed-nine', siteId, '2026-11-23T09:30:00.000Z', '2026-11-23T09:30:30.000Z', NOW);
    typed.run('typed-eight', siteId, '2026-11-23T08:59:57.000Z', '2026-11-23T09:00:17.000Z', NOW);
    typed.run('typed-friday', siteId, '2026-11-20T09:00:00.000Z', '2026-11-20T09:00:40.000Z', NOW);
    expect(await asa('2026-11-23')).toBe(25); // (30 + 20) / 2
    // The preview says so: one typed answer time, in the 09:00 hour.
    expect((await ok(backend.call('calls.preview', input()))).typedReplaced).toBe(1);
    const done = await ok(backend.call('calls.import', input()));
    // The switch's four answered calls and the typed one from 08:59: (73 + 20) / 5.
    expect(await asa('2026-11-23')).toBe(93 / 5);
    expect(await asa('2026-11-20')).toBe(40); // a day the import does not cover
    await ok(backend.call('calls.undoImport', { id: done.id }));
    expect(await asa('2026-11-23')).toBe(25);
  });

  it('keeps an adviser out, and says what is wrong with a bad request', async () => {
    const emptyMapping = await backend.call('calls.preview', {
      ...input(),
      mapping: { ...MAPPING, wait: '' },
    });
    expect(emptyMapping).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const wrongColumn = await backend.call('calls.preview', {
      ...input(),
      mapping: { ...MAPPING, wait: 'Queue time' },
    });
    expect(wrongColumn).toMatchObject({
      ok: false,
      error: { message: 'The file has no column called "Queue time".' },
    });
    const otherSite = await backend.call('calls.preview', {
      ...input(),
      siteId: '0190a000-0000-7000-8000-000000000000',
    });
    expect(!otherSite.ok && otherSite.error).toEqual({
      code: 'VALIDATION',
      message: 'Choose the site whose calls these are.',
      fields: { siteId: 'Choose the site whose calls these are.' },
    });
    await backend.signIn('adviser');
    const refused = await backend.call('calls.preview', input());
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls()).toEqual([]);
  });
});

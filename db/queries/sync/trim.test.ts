// Trimming a joined desk to its offline profile (issue 21): old history the council server holds
// goes, with its change-log entries; what has not reached the server, what an open item names,
// open items of any age and recent history stay; the contact tallies and the repeat flags of the
// contacts kept read the same; a single desk keeps everything.
import { afterEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { createTestBackend, type TestBackend } from '../../../test/support/backend';
import { statsFixture } from '../../../test/support/stats-fixture';
import { buildReport } from '../../reports/report';
import { inTransaction } from '../../write';
import { writeBaseline } from './baseline';
import { saveIdentity } from './state';
import { trimCutoff, trimToProfile } from './trim';

const NOW = new Date('2026-11-23T10:00:00Z');
const AUGUST = { from: '2026-08-01', to: '2026-08-31' };

let backend: TestBackend;
afterEach(() => backend?.close());

/** A desk's history: rows written straight into SQLite (the stats tests' fixture). */
async function history(joined: boolean) {
  backend = await createTestBackend(NOW.toISOString());
  const f = statsFixture(backend);
  const sqlite = backend.opened.database!.sqlite;
  const ann = f.customer('Ann Example');
  const bob = f.customer('Bob Example');
  const ids = {
    // Resolved, and followed within 7 days by the old shipped contact: a repeat. It has a change
    // not yet shipped, so it stays, and its flag must stay set though its follower goes.
    unshipped: f.contact({ at: '2026-08-10T09:00:00Z', customerId: ann }),
    oldShipped: f.contact({ at: '2026-08-15T09:00:00Z', customerId: ann }),
    namedByOpenHandOff: f.contact({ at: '2026-08-12T09:00:00Z', customerId: bob }),
    recent: f.contact({ at: '2026-11-13T09:00:00Z', customerId: bob }),
    openLetter: f.letter({ received: '2026-05-07T09:00:00Z', due: '2026-05-21', responded: null }),
    closedLetter: f.letter({
      received: '2026-06-01T09:00:00Z',
      due: '2026-06-15',
      responded: '2026-06-05T09:00:00Z',
      holding: ['2026-06-03T09:00:00Z'],
    }),
    oldVisit: f.visit({ arrived: '2026-08-14T09:00:00Z', firstSeen: '2026-08-14T09:05:00Z' }),
    openHandOff: f.handOff({
      created: '2026-08-12T09:30:00Z',
      standard: f.standardId('Rent Service: Housing Benefit determinations'),
    }),
  };
  sqlite
    .prepare('update hand_offs set contact_id = ? where id = ?')
    .run(ids.namedByOpenHandOff, ids.openHandOff);
  const db = backend.opened.database!.db;
  if (joined) {
    await inTransaction(db, async (tx) => {
      await saveIdentity(tx, {
        serverUrl: 'http://127.0.0.1:9',
        deskId: 'desk-1',
        deskName: 'Reception',
        siteId: 'TH',
        siteCode: 'TH',
        issuingPoint: 1,
        secret: 'secret',
        sealed: false,
        enrolledAt: NOW.toISOString(),
      });
      await writeBaseline(tx, NOW);
    });
    sqlite.prepare('update change_log set shipped_at = ? where shipped_at is null').run('shipped');
  }
  // A correction made here since, not yet taken by the server.
  sqlite
    .prepare(
      `insert into change_log (id, at, entity, entity_id, action, before, after, mutation_id)
       values (?, ?, 'contacts', ?, 'update', '{}', '{}', ?)`,
    )
    .run(uuidv7(), NOW.toISOString(), ids.unshipped, uuidv7());
  return { ids, sqlite, db };
}

const held = (sqlite: TestBackend['opened']['database'] & object, table: string, id: string) =>
  sqlite.sqlite.prepare(`select count(*) from ${table} where id = ?`).pluck().get(id) as number;

describe('trimming a joined desk to its offline profile', () => {
  it('lets go of old shipped history and keeps the rest, its tallies and repeat flags', async () => {
    const { ids, sqlite, db } = await history(true);
    const opened = backend.opened.database!;
    const tallies = () =>
      ['contact_hours', 'contact_site_tallies', 'contact_staff_tallies'].map((t) =>
        sqlite.prepare(`select * from ${t} order by 1, 2, 3, 4, 5`).all(),
      );
    const before = { tallies: tallies(), report: await buildReport(db, AUGUST, NOW) };
    expect(
      sqlite.prepare('select repeated from contacts where id = ?').pluck().get(ids.unshipped),
    ).toBe(1);

    const report = await trimToProfile(db, { cutoff: trimCutoff(NOW, 90), batchRows: 3 });

    expect(report.stopped).toBeUndefined();
    expect(report.cutoff).toBe('2026-08-24T23:00:00.000Z'); // 25 August, in summer time
    expect(held(opened, 'contacts', ids.oldShipped)).toBe(0);
    expect(held(opened, 'correspondence', ids.closedLetter)).toBe(0);
    expect(
      sqlite
        .prepare('select count(*) from holding_replies where correspondence_id = ?')
        .pluck()
        .get(ids.closedLetter),
    ).toBe(0);
    expect(held(opened, 'visits', ids.oldVisit)).toBe(0);
    for (const [table, id] of [
      ['contacts', ids.recent],
      ['contacts', ids.unshipped],
      ['contacts', ids.namedByOpenHandOff],
      ['hand_offs', ids.openHandOff],
      ['correspondence', ids.openLetter],
    ] as const) {
      expect(held(opened, table, id), `${table} ${id}`).toBe(1);
    }
    // Their change-log entries went with them; the kept rows keep theirs.
    const entries = (id: string) =>
      sqlite.prepare('select count(*) from change_log where entity_id = ?').pluck().get(id);
    expect(entries(ids.oldShipped)).toBe(0);
    expect(entries(ids.closedLetter)).toBe(0);
    expect(entries(ids.recent)).toBe(1);
    expect(report.logEntries).toBeGreaterThanOrEqual(report.trimmed.contacts! + 2);
    // Nothing was withdrawn: the tallies, the old month's contact figures and the repeat flag.
    expect(tallies()).toEqual(before.tallies);
    const after = await buildReport(db, AUGUST, NOW);
    expect(after.fcr).toEqual(before.report.fcr);
    expect(after.volume).toEqual(before.report.volume);
    const contactFigures = (r: typeof after) =>
      r.sections
        .flatMap((s) => s.figures)
        .filter((x) => x.key.startsWith('contacts.') || x.key.startsWith('fcr.'));
    expect(contactFigures(after).length).toBeGreaterThan(0);
    expect(contactFigures(after)).toEqual(contactFigures(before.report));
    expect(
      sqlite.prepare('select repeated from contacts where id = ?').pluck().get(ids.unshipped),
    ).toBe(1);
    // The guard is empty again: a later delete moves the tallies as before.
    expect(sqlite.prepare('select count(*) from trim_guard').pluck().get()).toBe(0);
  });

  it('keeps everything on a single desk, which is the only copy', async () => {
    const { ids, sqlite, db } = await history(false);
    const count = () => sqlite.prepare('select count(*) from contacts').pluck().get();
    const contacts = count();
    const report = await trimToProfile(db, { cutoff: trimCutoff(NOW, 90) });
    expect(report).toMatchObject({ cutoff: null, planned: 0, trimmed: {} });
    expect(count()).toBe(contacts);
    expect(held(backend.opened.database!, 'correspondence', ids.closedLetter)).toBe(1);
  });
});

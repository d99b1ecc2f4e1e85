// Figures that misled a team leader (issue 19), each on a small hand-made day with the answer
// worked out by hand: a percent judged on the value it shows, waits judged per visitor, the
// longest wait counting those who gave up, letters and emails recorded only as contacts
// counted as received, comparisons only with weeks the council used the app, and every
// record behind a figure reachable page by page. Built in this thread (buildReport and
// buildRecords on the test back end's database) except where the worker's path is the point.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StatsReport, StatsScope } from '../../shared/api/stats';
import { figureValueText } from '../../shared/metrics/figure-format';
import { createTestBackend, ok, type TestBackend } from '../../test/support/backend';
import { statsFixture, type StatsFixture } from '../../test/support/stats-fixture';
import { buildRecords } from '../../db/reports/records';
import { buildReport } from '../../db/reports/report';

let backend: TestBackend;
let f: StatsFixture;

beforeEach(async () => {
  // Monday 23 November 2026, 5 pm: the team leader reviews the day.
  backend = await createTestBackend('2026-11-23T17:00:00Z');
  await backend.signIn('teamleader');
  f = statsFixture(backend);
});
afterEach(() => backend.close());

const MONDAY: StatsScope = { from: '2026-11-23', to: '2026-11-23' };
const db = () => backend.opened.database!.db;
const report = (scope = MONDAY) => buildReport(db(), scope, backend.clock.now());
/** Many rows in one transaction: a few hundred ms, not seconds. */
const inOneGo = (write: () => void) => backend.opened.database!.sqlite.transaction(write)();
const figure = (r: StatsReport, key: string) => {
  const found = r.sections.flatMap((s) => s.figures).find((x) => x.key === key);
  if (!found) throw new Error(`no figure ${key}`);
  return found;
};

describe('a percent near its target', () => {
  it('shows 799 resolved of 1,000 as 79.9%, missed, not "80% ✗"', async () => {
    inOneGo(() => {
      for (let i = 0; i < 1000; i += 1) {
        const at = new Date(Date.parse('2026-11-23T09:00:00Z') + i * 20_000).toISOString();
        f.contact({ at, outcome: i < 799 ? 'resolved' : 'callback_promised' });
      }
    });
    const r = await report();
    const fcr = figure(r, 'fcr.recorded');
    expect(fcr).toMatchObject({ value: 0.799, met: false, targetShare: 0.8 });
    expect(figureValueText(fcr)).toBe('79.9%');
    // The breakdowns judge alike: the one telephone row, 79.9%, missed.
    expect(r.fcr.channel.map((row) => [row.key, row.met])).toEqual([['telephone', false]]);
  });
});

describe('face-to-face waits, promised to each visitor', () => {
  it('gives the average no tick, and counts the visitor who left after 16 minutes as the longest', async () => {
    const seen = (arrived: string, firstSeen: string) =>
      f.visit({ arrived: `2026-11-23T${arrived}:00Z`, firstSeen: `2026-11-23T${firstSeen}:00Z` });
    seen('11:30', '11:32'); // 2 min
    seen('11:30', '11:34'); // 4 min
    seen('11:30', '11:36'); // 6 min
    const late = seen('11:30', '11:42'); // 12 min: over the 10-minute promise
    const gaveUp = f.visit({
      arrived: '2026-11-23T11:31:00Z',
      state: 'left',
      left: '2026-11-23T11:47:00Z', // 16 min
    });
    const r = await report();
    // 3 of the 4 seen within 10 minutes: 75% against 100%, the judged figure.
    expect(figure(r, 'wait.within')).toMatchObject({ value: 0.75, met: false });
    // (2 + 4 + 6 + 12) / 4 = 6 min: once "✓ Target met: 10 minutes or less"; now no target.
    expect(figure(r, 'wait.average')).toMatchObject({ value: 360, target: null, met: null });
    expect(figure(r, 'wait.p90')).toMatchObject({ value: 720, target: null, met: null });
    // Once 12 min (those seen only); the visitor who gave up waited 16.
    expect(figure(r, 'wait.longest')).toMatchObject({
      value: 960,
      met: false,
      detail: 'A visitor who left before being seen',
    });
    expect(figure(r, 'wait.left').value).toBe(1);
    // Behind it: the visitor seen late and the one who left, each with their wait.
    const over = await buildRecords(
      db(),
      { scope: MONDAY, drill: 'wait.over' },
      backend.clock.now(),
    );
    expect(over.rows.map((row) => [row.id, row.waitMinutes, row.left])).toEqual([
      [late, 12, null],
      [gaveUp, 16, '2026-11-23 11:47'],
    ]);
  });
});

describe('letters and emails received', () => {
  it('counts the work list and the letters and emails recorded only as contacts, once each', async () => {
    const ann = f.customer('Ann Ashworth');
    const bilal = f.customer('Bilal Begum');
    // On the work list: Ann's email about council tax.
    const item = f.letter({ received: '2026-11-23T09:00:00Z', due: '2026-12-07', customerId: ann });
    // Recorded as contacts the same day:
    f.contact({ at: '2026-11-23T09:30:00Z', channel: 'email', customerId: ann }); // that email
    const letter = f.contact({ at: '2026-11-23T10:00:00Z', channel: 'letter', customerId: ann });
    const email = f.contact({
      at: '2026-11-23T10:30:00Z',
      channel: 'email',
      customerId: bilal,
      service: 'benefits',
    });
    const webForm = f.contact({ at: '2026-11-23T11:00:00Z', channel: 'web_form' }); // anonymous
    const anonymousEmail = f.contact({ at: '2026-11-23T11:30:00Z', channel: 'email' });
    // Not received: a reply sent, a telephone call, and an email voided as recorded in error.
    f.contact({ at: '2026-11-23T12:00:00Z', channel: 'email', direction: 'outbound' });
    f.contact({ at: '2026-11-23T12:30:00Z', customerId: ann });
    const voided = f.contact({ at: '2026-11-23T13:00:00Z', channel: 'email', customerId: bilal });
    backend.opened
      .database!.sqlite.prepare(
        "update contacts set voided_at = ?, voided_by = staff_id, void_reason = 'Wrong customer' where id = ?",
      )
      .run('2026-11-23T13:05:00.000Z', voided);

    const r = await report();
    // 1 on the work list + 4 only as contacts (Ann's letter, Bilal's email, the web form and
    // the anonymous email); Ann's email is the work-list item's: once made "Received: 1".
    expect(figure(r, 'correspondence.received')).toMatchObject({
      value: 5,
      detail:
        'Every letter, email, web form, SMS and fax recorded: 1 on the work list, 4 only as contacts',
    });
    const received = await buildRecords(
      db(),
      { scope: MONDAY, drill: 'correspondence.received' },
      backend.clock.now(),
    );
    expect(received.total).toBe(5);
    expect(received.rows.map((row) => [row.id, row.recordedAs])).toEqual([
      [item, 'Work list'],
      [letter, 'Only as a contact'],
      [email, 'Only as a contact'],
      [webForm, 'Only as a contact'],
      [anonymousEmail, 'Only as a contact'],
    ]);
  });
});

describe('the same weekday in earlier weeks', () => {
  it('averages only the Mondays since the council began, through the reports worker', async () => {
    // The first contact on file: Monday 9 November. None on the 16th; 3 today.
    f.contact({ at: '2026-11-09T10:00:00Z' });
    for (const hour of ['09', '10', '11']) f.contact({ at: `2026-11-23T${hour}:00:00Z` });
    const r = await ok(backend.call('stats.report', MONDAY));
    // (1 + 0) / 2 = 0.5 over the 2 Mondays since; the 2nd and 26 Oct were before the app.
    expect(figure(r, 'contacts.all').previous).toEqual({
      average: 0.5,
      weeks: 2,
      compared: 2,
      weekday: 'Monday',
      sinceStart: true,
      change: 'up',
      verdict: null,
    });
    // Set at the council's first run: the 16th onwards, so (0) / 1 = 0.
    backend.setSetting('council.startedOn', '2026-11-16');
    const set = await ok(backend.call('stats.report', MONDAY));
    expect(figure(set, 'contacts.all').previous).toMatchObject({
      average: 0,
      weeks: 1,
      compared: 1,
    });
  });
});

describe('calls not yet known', () => {
  it('says when they will be, not "0 answered", with no switch records and no answer times', async () => {
    // A morning of telephone contacts, none with the seconds before answer typed.
    f.contact({ at: '2026-11-23T09:00:00Z' });
    f.contact({ at: '2026-11-23T09:10:00Z' });
    const unknown = await report();
    for (const key of ['calls.answered', 'calls.asa'])
      expect(figure(unknown, key)).toMatchObject({
        value: null,
        notKnownWhy: 'known once the switch’s records are imported, or advisers type answer times',
      });
    expect([figure(unknown, 'calls.answered').drill, figure(unknown, 'calls.asa').drill]).toEqual([
      null,
      null,
    ]);
    // One call from the switch's records, answered after 20 s: known.
    f.call({ queued: '2026-11-23T09:20:00Z', answered: '2026-11-23T09:20:20Z' });
    const known = await report();
    expect(figure(known, 'calls.answered')).toMatchObject({ value: 1, notKnownWhy: null });
    expect(figure(known, 'calls.asa')).toMatchObject({ value: 20, notKnownWhy: null });
  });
});

describe('the records behind a figure', () => {
  it('come page by page, all 2,966 of them', async () => {
    inOneGo(() => {
      for (let i = 0; i < 2966; i += 1) {
        const at = new Date(Date.parse('2026-11-23T08:00:00Z') + i * 10_000).toISOString();
        f.contact({ at });
      }
    });
    const ask = (offset?: number) =>
      buildRecords(
        db(),
        { scope: MONDAY, drill: 'contacts.all', ...(offset === undefined ? {} : { offset }) },
        backend.clock.now(),
      );
    const first = await ask();
    const rest = await ask(2000);
    // 2,000 on the first page, the other 966 from the 2,001st.
    expect([first.total, first.rows.length, rest.total, rest.rows.length]).toEqual([
      2966, 2000, 2966, 966,
    ]);
    const ids = new Set([...first.rows, ...rest.rows].map((row) => row.id));
    expect(ids.size).toBe(2966);
  });
});

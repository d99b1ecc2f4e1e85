// Scoring sampled contacts against the council's checklist through the real back end
// (NeSDS standard 19): scores and results worked out by hand, scoring again replaces the
// earlier scores with the change log keeping them, and the checklist is edited without
// rewriting what was scored before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QualitySampleView } from '../../../shared/api';
import { createTestBackend, ok, type TestBackend } from '../../../test/support/backend';
import { recordNovember } from '../../../test/support/quality-month';
import type { StatsFixture } from '../../../test/support/stats-fixture';

let backend: TestBackend;
let fixture: StatsFixture;
let sample: QualitySampleView;

/** The five points the council starts with (migration 0010), in order. */
const POINT = [1, 2, 3, 4, 5].map((n) => `00000000-0000-7000-8000-00000000000${n}`);

beforeEach(async () => {
  backend = await createTestBackend('2026-12-01T10:00:00Z');
  fixture = recordNovember(backend);
  await backend.signIn('teamleader');
  sample = await ok(
    backend.call('quality.draw', { from: '2026-11-01', to: '2026-11-30', percent: 10, seed: 7 }),
  );
});
afterEach(async () => {
  await backend.close();
});

const count = (sql: string, ...params: unknown[]) =>
  (backend.opened.database!.sqlite.prepare(sql).get(...params) as { n: number }).n;

const CODES = { m: 'met', x: 'not_met', '-': 'not_applicable' } as const;
/** "mx-mm": met, not met, not applicable, met, met on the five points in order. */
const results = (codes: string, points = POINT) =>
  [...codes].map((c, i) => ({
    checklistItemId: points[i]!,
    result: CODES[c as keyof typeof CODES],
  }));

const itemsOf = (adviserName: string, from = sample) =>
  from.items.filter((i) => i.adviserName === adviserName);

const score = (sampleItemId: string, codes: string, comment?: string) =>
  ok(
    backend.call('quality.score', {
      sampleItemId,
      results: results(codes),
      ...(comment ? { comment } : {}),
    }),
  );

describe('scoring a sampled contact', () => {
  it('scores met ÷ (met + not met), leaving out what did not apply', async () => {
    const scored = await score(
      itemsOf('Amina Khan')[0]!.id,
      'mx-mm',
      'Did not ask for a reference.',
    );
    // 3 met of 4 that applied: 75%.
    expect(scored).toMatchObject({
      score: 75,
      scoredByName: 'Carys Jones',
      scoredAt: '2026-12-01T10:00:00.000Z',
      comment: 'Did not ask for a reference.',
    });
    expect(scored.results.map((r) => [r.itemText, r.result])).toEqual([
      ['Greeted the customer and gave their name', 'met'],
      ['Checked identity to the right level for the transaction', 'not_met'],
      ['Resolved the enquiry, or explained the next steps and timescales', 'not_applicable'],
      ['Recorded the contact accurately', 'met'],
      ['Offered further services', 'met'],
    ]);
    const list = await ok(backend.call('quality.samples', {}));
    expect(list[0]).toMatchObject({ size: 10, scored: 1 });
  });

  it('replaces the earlier scores when scored again, the change log keeping them', async () => {
    const id = itemsOf('Ben Hughes')[0]!.id;
    await score(id, 'mmmmx');
    const again = await score(id, 'mmmmm', 'Offer was made after all.');
    expect(again).toMatchObject({ score: 100, comment: 'Offer was made after all.' });
    expect(count('select count(*) n from quality_scores where sample_item_id = ?', id)).toBe(5);
    expect(
      count(
        "select count(*) n from change_log where entity = 'quality_scores' and action = 'delete'",
      ),
    ).toBe(5);
    const removed = backend.opened
      .database!.sqlite.prepare(
        "select before from change_log where entity = 'quality_scores' and action = 'delete'",
      )
      .all() as { before: string }[];
    expect(removed.map((r) => (JSON.parse(r.before) as { result: string }).result).sort()).toEqual([
      'met',
      'met',
      'met',
      'met',
      'not_met',
    ]);
  });

  it('refuses a score that leaves a point out, and changes nothing', async () => {
    const id = itemsOf('Amina Khan')[0]!.id;
    const before = count('select count(*) n from change_log');
    const result = await backend.call('quality.score', {
      sampleItemId: id,
      results: results('mmmm'),
    });
    expect(!result.ok && result.error).toMatchObject({
      code: 'VALIDATION',
      message: 'Score every point of the checklist: “Offered further services” has no answer.',
    });
    const twice = await backend.call('quality.score', {
      sampleItemId: id,
      results: [...results('mmmmm'), results('x')[0]!],
    });
    expect(!twice.ok && twice.error.code).toBe('VALIDATION');
    const stranger = await backend.call('quality.score', {
      sampleItemId: id,
      results: [...results('mmmmm'), results('m', ['00000000-0000-4000-8000-000000000999'])[0]!],
    });
    expect(!stranger.ok && stranger.error.message).toBe(
      'The checklist has changed since this page was opened: reload it and score the contact again.',
    );
    const missing = await backend.call('quality.score', {
      sampleItemId: '00000000-0000-4000-8000-000000000999',
      results: results('mmmmm'),
    });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
    expect(count('select count(*) n from change_log')).toBe(before);
    expect(count('select count(*) n from quality_sample_items where scored_at is not null')).toBe(
      0,
    );
  });
});

describe('results per adviser by month', () => {
  it('averages each adviser’s contacts by month, with the council-wide line', async () => {
    await score(itemsOf('Amina Khan')[0]!.id, 'mmmmm'); // 100
    await score(itemsOf('Amina Khan')[1]!.id, 'mx-mm'); // 75
    await score(itemsOf('Ben Hughes')[0]!.id, 'mmmmx'); // 80
    // A December contact of Amina's, sampled and scored in January: 0 of 5.
    backend.clock.set('2027-01-04T10:00:00Z');
    await backend.signIn('teamleader');
    fixture.contact({ at: '2026-12-14T10:00:00Z', staff: 'adviser' });
    const december = await ok(
      backend.call('quality.draw', { from: '2026-12-01', to: '2026-12-31', percent: 100, seed: 1 }),
    );
    await score(december.items[0]!.id, 'xxxxx');

    const r = await ok(backend.call('quality.results', { from: '2026-11-01', to: '2026-12-31' }));
    expect(r.checklist.map((i) => i.id)).toEqual(POINT);
    expect(
      r.byAdviser.map((l) => [l.adviserName, l.month, l.contactsScored, l.averageScore]),
    ).toEqual([
      ['Amina Khan', '2026-11', 2, 87.5], // (100 + 75) ÷ 2
      ['Amina Khan', '2026-12', 1, 0],
      ['Ben Hughes', '2026-11', 1, 80],
    ]);
    expect(r.councilByMonth.map((l) => [l.month, l.contactsScored, l.averageScore])).toEqual([
      ['2026-11', 3, 85], // (100 + 75 + 80) ÷ 3
      ['2026-12', 1, 0],
    ]);
    // (100 + 75 + 80 + 0) ÷ 4
    expect(r.council).toMatchObject({ contactsScored: 4, averageScore: 63.75 });
    // Identity in November: met, not met, met: 2 of 3. "Resolved": met, n/a, met: 2 of 2.
    const [identity, resolved] = [r.councilByMonth[0]!.items[1]!, r.councilByMonth[0]!.items[2]!];
    expect([identity.met, identity.notMet, identity.notApplicable]).toEqual([2, 1, 0]);
    expect(identity.metRate).toBeCloseTo(66.667, 2);
    expect([resolved.met, resolved.notApplicable, resolved.metRate]).toEqual([2, 1, 100]);

    // One site: the month's contacts are all at the Contact Centre, none at the Town Hall.
    const townHall = await ok(
      backend.call('quality.results', {
        from: '2026-11-01',
        to: '2026-12-31',
        siteId: fixture.ids.sites.townHall,
      }),
    );
    expect(townHall.council).toMatchObject({ contactsScored: 0, averageScore: null });
  });
});

describe('the checklist', () => {
  const checklist = () => ok(backend.call('quality.checklist', {}));

  it('adds, rewords and reorders points; a score keeps the wording it was given', async () => {
    const scored = await score(itemsOf('Amina Khan')[0]!.id, 'mmmmm');
    const added = await ok(
      backend.call('quality.saveChecklistItem', { text: 'Told the customer how to complain' }),
    );
    expect(added.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6]);
    await ok(
      backend.call('quality.saveChecklistItem', { id: POINT[0]!, text: 'Greeted the customer' }),
    );
    const moved = await ok(
      backend.call('quality.moveChecklistItem', { id: added[5]!.id, direction: 'up' }),
    );
    expect(moved.map((i) => i.text)).toEqual([
      'Greeted the customer',
      'Checked identity to the right level for the transaction',
      'Resolved the enquiry, or explained the next steps and timescales',
      'Recorded the contact accurately',
      'Told the customer how to complain',
      'Offered further services',
    ]);
    const view = await ok(backend.call('quality.sample', { id: sample.id }));
    const kept = view.items.find((i) => i.id === scored.id)!;
    expect(kept.results[0]!.itemText).toBe('Greeted the customer and gave their name');
    // Now six points must be scored.
    const five = await backend.call('quality.score', {
      sampleItemId: scored.id,
      results: results('mmmmm'),
    });
    expect(!five.ok && five.error.message).toBe(
      'Score every point of the checklist: “Told the customer how to complain” has no answer.',
    );
  });

  it('refuses a duplicate point, and a move past either end, changing nothing', async () => {
    const before = count('select count(*) n from change_log');
    const dup = await backend.call('quality.saveChecklistItem', {
      text: 'recorded the contact accurately',
    });
    expect(!dup.ok && dup.error.fields).toEqual({
      text: 'The checklist already has “Recorded the contact accurately”.',
    });
    const up = await backend.call('quality.moveChecklistItem', { id: POINT[0]!, direction: 'up' });
    expect(!up.ok && up.error.message).toBe('That point is already first on the checklist.');
    const down = await backend.call('quality.moveChecklistItem', {
      id: POINT[4]!,
      direction: 'down',
    });
    expect(!down.ok && down.error.message).toBe('That point is already last on the checklist.');
    expect(count('select count(*) n from change_log')).toBe(before);
  });

  it('retires a point, keeping it on past scores and results, but not the last one', async () => {
    const id = itemsOf('Amina Khan')[0]!.id;
    await score(id, 'mmmmx');
    const after = await ok(backend.call('quality.retireChecklistItem', { id: POINT[4]! }));
    expect(after.at(-1)).toMatchObject({ id: POINT[4], active: false, position: null });
    // New scores need only the four active points; the past score still carries the fifth.
    const rescored = await score(itemsOf('Amina Khan')[1]!.id, 'mmmm');
    expect(rescored.results).toHaveLength(4);
    const r = await ok(backend.call('quality.results', { from: '2026-11-01', to: '2026-11-30' }));
    expect(r.checklist.map((i) => [i.id, i.active])).toEqual([
      ...POINT.slice(0, 4).map((p) => [p, true]),
      [POINT[4], false],
    ]);
    expect(r.council.items[4]).toMatchObject({ met: 0, notMet: 1, metRate: 0 });
    // (80 + 100) ÷ 2
    expect(r.council.averageScore).toBe(90);

    const again = await backend.call('quality.retireChecklistItem', { id: POINT[4]! });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
    for (const p of POINT.slice(1, 4))
      await ok(backend.call('quality.retireChecklistItem', { id: p }));
    const before = count('select count(*) n from change_log');
    const last = await backend.call('quality.retireChecklistItem', { id: POINT[0]! });
    expect(!last.ok && last.error).toMatchObject({
      code: 'CONFLICT',
      message: 'The checklist needs at least one point: add another before retiring this one.',
    });
    expect(count('select count(*) n from change_log')).toBe(before);
    expect((await checklist()).filter((i) => i.active)).toHaveLength(1);
  });
});

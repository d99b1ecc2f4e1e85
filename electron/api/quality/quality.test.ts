// Drawing quality samples through the real back end (NeSDS standards 19 and 20): a sample of
// a hand-made month is the size and split worked out by hand, the same seed gives the same
// contacts, a sample checks out against its seed until the period's contacts change, and
// every refusal leaves the database as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, ok, type TestBackend } from '../../../test/support/backend';
import { recordNovember, strataLines } from '../../../test/support/quality-month';
import type { StatsFixture } from '../../../test/support/stats-fixture';

let backend: TestBackend;
let fixture: StatsFixture;

beforeEach(async () => {
  backend = await createTestBackend('2026-12-01T10:00:00Z'); // Tuesday 1 December
  fixture = recordNovember(backend);
  await backend.signIn('teamleader');
});
afterEach(async () => {
  await backend.close();
});

const count = (sql: string, ...params: unknown[]) =>
  (backend.opened.database!.sqlite.prepare(sql).get(...params) as { n: number }).n;

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' } as const;
const contactIds = (sample: { items: { contactId: string }[] }) =>
  sample.items.map((i) => i.contactId);

describe('drawing a sample', () => {
  it('draws 5% of the month’s 100 contacts as 5, split across the strata by hand', async () => {
    const sample = await ok(backend.call('quality.draw', { ...NOVEMBER, percent: 5, seed: 4242 }));
    expect(sample).toMatchObject({ population: 100, size: 5, scored: 0, percent: 5, seed: 4242 });
    expect(sample.drawnByName).toBe('Carys Jones');
    // Shares of 5: 1.15, .85, 1.55, .45, .6, .4. Floors 1, 0, 1, 0, 0, 0; the three left over
    // go to the largest remainders: .85 (Amina's email), .6 (Carys's phone), .55 (Ben's phone).
    expect(strataLines(sample)).toEqual([
      'Amina Khan email 1 of 17',
      'Amina Khan telephone 1 of 23',
      'Ben Hughes email 0 of 9',
      'Ben Hughes telephone 2 of 31',
      'Carys Jones face_to_face 0 of 8',
      'Carys Jones telephone 1 of 12',
    ]);
    expect(sample.items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5]);
    // The sample and each of its contacts are in the change log.
    expect(count("select count(*) n from change_log where entity = 'quality_samples'")).toBe(1);
    expect(count("select count(*) n from change_log where entity = 'quality_sample_items'")).toBe(
      5,
    );
  });

  it('draws 10% as 10: 2, 2, 3, 1, 1 and 1', async () => {
    const sample = await ok(backend.call('quality.draw', { ...NOVEMBER, percent: 10, seed: 7 }));
    // Shares 2.3, 1.7, 3.1, .9, 1.2, .8: floors sum to 7; .9, .8 and .7 take the three left.
    expect(strataLines(sample)).toEqual([
      'Amina Khan email 2 of 17',
      'Amina Khan telephone 2 of 23',
      'Ben Hughes email 1 of 9',
      'Ben Hughes telephone 3 of 31',
      'Carys Jones face_to_face 1 of 8',
      'Carys Jones telephone 1 of 12',
    ]);
    const item = sample.items[0]!;
    expect(item).toMatchObject({
      serviceName: 'Council Tax',
      interactionTypeName: 'Providing information',
      outcome: 'resolved',
      scoredAt: null,
      score: null,
      results: [],
    });
  });

  it('gives the same contacts for the same seed, and different ones for another', async () => {
    const first = await ok(backend.call('quality.draw', { ...NOVEMBER, percent: 10, seed: 99 }));
    const again = await ok(backend.call('quality.draw', { ...NOVEMBER, percent: 10, seed: 99 }));
    const other = await ok(backend.call('quality.draw', { ...NOVEMBER, percent: 10, seed: 100 }));
    expect(contactIds(again)).toEqual(contactIds(first));
    expect(contactIds(other)).not.toEqual(contactIds(first));
    expect(await ok(backend.call('quality.samples', {}))).toHaveLength(3);
  });

  it('chooses a seed when none is given, records it, and draws the council’s usual share', async () => {
    await ok(backend.call('quality.updateSettings', { samplePercent: 2.5 }));
    expect(await ok(backend.call('quality.settings', {}))).toEqual({ samplePercent: 2.5 });
    const sample = await ok(backend.call('quality.draw', NOVEMBER));
    // 2.5% of 100 is 2.5: rounded up to 3.
    expect(sample).toMatchObject({ percent: 2.5, size: 3 });
    expect(sample.seed).toBeGreaterThanOrEqual(1);
    expect(sample.seed).toBeLessThan(1_000_000);
    const repeat = await ok(backend.call('quality.draw', { ...NOVEMBER, seed: sample.seed }));
    expect(contactIds(repeat)).toEqual(contactIds(sample));
  });

  it('draws from one site’s contacts when a site is chosen', async () => {
    fixture.contact({ at: '2026-11-10T11:00:00Z', site: 'townHall', staff: 'adviser' });
    fixture.contact({ at: '2026-11-11T11:00:00Z', site: 'townHall', channel: 'face_to_face' });
    const sample = await ok(
      backend.call('quality.draw', {
        ...NOVEMBER,
        siteId: fixture.ids.sites.townHall,
        percent: 50,
        seed: 1,
      }),
    );
    expect(sample).toMatchObject({ siteName: 'Town Hall One Stop Shop', population: 2, size: 1 });
  });

  it('counts a contact by its London date, right across the clock change', async () => {
    fixture.contact({ at: '2026-09-30T23:30:00Z' }); // 00:30 on 1 October (BST): in
    fixture.contact({ at: '2026-10-31T23:30:00Z' }); // 23:30 on 31 October (GMT): in
    fixture.contact({ at: '2026-11-01T00:10:00Z' }); // 1 November: out
    fixture.contact({ at: '2026-09-30T22:30:00Z' }); // 23:30 on 30 September: out
    const sample = await ok(
      backend.call('quality.draw', { from: '2026-10-01', to: '2026-10-31', percent: 100, seed: 3 }),
    );
    expect(sample.population).toBe(2);
  });
});

describe('checking a sample can be reproduced', () => {
  it('finds the same contacts from the recorded seed', async () => {
    const sample = await ok(backend.call('quality.draw', { ...NOVEMBER, percent: 5, seed: 4242 }));
    expect(await ok(backend.call('quality.verify', { id: sample.id }))).toEqual({
      sampleId: sample.id,
      same: true,
      populationNow: 100,
      populationThen: 100,
      onlyInRecorded: 0,
      onlyInRedraw: 0,
      changedSinceDraw: 0,
      summary: '✓ The same 5 contacts come out of seed 4242: the sample can be reproduced.',
    });
  });

  it('says a contact recorded after the draw explains a redraw that differs', async () => {
    const sample = await ok(backend.call('quality.draw', { ...NOVEMBER, percent: 5, seed: 4242 }));
    // A late entry for 30 November, recorded on 2 December: 101 contacts make a sample of 6.
    backend.clock.set('2026-12-02T09:00:00Z');
    await backend.signIn('teamleader');
    const late = fixture.contact({ at: '2026-11-30T15:00:00Z' });
    backend.opened
      .database!.sqlite.prepare('update contacts set recorded_at = ?, updated_at = ? where id = ?')
      .run('2026-12-02T09:00:00.000Z', '2026-12-02T09:00:00.000Z', late);
    const check = await ok(backend.call('quality.verify', { id: sample.id }));
    expect(check).toMatchObject({ same: false, populationNow: 101, changedSinceDraw: 1 });
    expect(check.onlyInRedraw).toBeGreaterThanOrEqual(1);
    expect(check.summary).toMatch(
      /^✗ Seed 4242 no longer gives this sample: .*1 contact of the period was recorded or corrected after the sample was drawn, which explains the difference\.$/,
    );
  });
});

describe('refusals change nothing', () => {
  const refused = async (input: Record<string, unknown>) => {
    const before = count('select count(*) n from change_log');
    const result = await backend.raw('quality.draw', input);
    expect(count('select count(*) n from change_log')).toBe(before);
    expect(count('select count(*) n from quality_samples')).toBe(0);
    return result.ok ? null : result.error;
  };

  it('refuses an empty period with a clear message', async () => {
    expect(await refused({ from: '2026-10-01', to: '2026-10-31', seed: 1 })).toMatchObject({
      code: 'VALIDATION',
      message:
        'No contacts were recorded at any site from 1 October 2026 to 31 October 2026, so there is nothing to sample. Choose another period or site.',
    });
  });

  it('refuses a backwards period, a future one, and shares and seeds out of range', async () => {
    expect((await refused({ from: '2026-11-30', to: '2026-11-01' }))?.fields).toEqual({
      to: 'The first day must not be after the last day.',
    });
    expect((await refused({ from: '2026-11-01', to: '2026-12-02' }))?.fields).toEqual({
      to: 'The last day cannot be in the future.',
    });
    expect((await refused({ ...NOVEMBER, percent: 0 }))?.fields?.percent).toBe(
      'The share must be more than 0%.',
    );
    expect((await refused({ ...NOVEMBER, percent: 101 }))?.fields?.percent).toBe(
      'The share cannot be more than 100%.',
    );
    expect((await refused({ ...NOVEMBER, percent: 2.555 }))?.fields?.percent).toBe(
      'Give the share to at most two decimal places, such as 2.5.',
    );
    expect((await refused({ ...NOVEMBER, seed: 1.5 }))?.fields?.seed).toBe(
      'The seed must be a whole number.',
    );
    expect((await refused({ ...NOVEMBER, seed: -1 }))?.fields?.seed).toBe(
      'The seed must be a whole number, 0 or more.',
    );
    expect((await refused({ from: '2025-11-01', to: '2026-11-30' }))?.fields?.from).toBe(
      'Choose a period of a year or less.',
    );
  });

  it('refuses a site that does not exist', async () => {
    expect(
      await refused({ ...NOVEMBER, siteId: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({ code: 'NOT_FOUND', message: 'That site does not exist.' });
  });

  it('lets no adviser draw, list, score or read the results', async () => {
    await backend.signIn('adviser');
    for (const [method, input] of [
      ['quality.draw', { ...NOVEMBER, seed: 1 }],
      ['quality.samples', {}],
      ['quality.results', NOVEMBER],
      ['quality.checklist', {}],
      ['quality.updateSettings', { samplePercent: 10 }],
    ] as const) {
      const result = await backend.raw(method, input);
      expect(!result.ok && result.error.code, method).toBe('FORBIDDEN');
    }
    expect(count('select count(*) n from quality_samples')).toBe(0);
    expect(count("select count(*) n from settings where key = 'quality.samplePercent'")).toBe(0);
  });
});

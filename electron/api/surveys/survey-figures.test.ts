// Exit survey figures through the real back end (NeSDS standard 17): a hand-made October's
// surveys checked overall, by channel, service, site, customer type and month. Asking,
// sending and every refusal: surveys.test.ts.
import { beforeEach, describe, expect, it } from 'vitest';
import { ok } from '../../../test/support/backend';
import { backend, ids, at, contact, useSurveyBackend } from './surveys.support';

useSurveyBackend();

let business: string;
beforeEach(async () => {
  const reference = await ok(backend.call('reference.list', {}));
  business = reference.customerTypes.find((t) => t.name === 'Business')!.id;
});

describe('a month’s figures', () => {
  /**
   * October 2026 by hand (BST to Sun 25 Oct, GMT after). Each survey is counted by its
   * contact's London date, whenever the answer came in:
   *   A Ben, Contact Centre, telephone, Council Tax, Citizen, 1 Oct 00:30 BST: asked 5, no
   *   B Amina, Town Hall, face to face, Council Tax, Citizen, 5 Oct: asked 4, no
   *   C Amina, Town Hall, face to face, Housing Benefit, Business, 12 Oct: asked 2, yes
   *   D Ben, Contact Centre, email, Housing Benefit, Citizen, 20 Oct: sent by email, reply
   *     on 27 Oct: 4, not sure
   *   E Ben, Contact Centre, telephone, Council Tax, Business, 31 Oct 23:30 GMT: sent by SMS,
   *     no reply
   * and outside it:
   *   F 30 Sept 23:30 BST (September), sent by letter, its reply came on 2 Oct: 1, yes
   *   G 2 Nov (November): asked 5, no
   */
  async function october() {
    const hb = { serviceId: ids.housingBenefit };
    await at('2026-09-30T22:40:00Z', 'adviser2');
    const f = await contact('2026-09-30T22:30:00Z', { channel: 'telephone' });
    await ok(backend.call('surveys.send', { contactId: f.id, via: 'letter' }));
    await at('2026-09-30T23:40:00Z', 'adviser2');
    const a = await contact('2026-09-30T23:30:00Z', { channel: 'telephone' });
    await ok(
      backend.call('surveys.record', { contactId: a.id, rating: 5, couldHaveDoneMore: 'no' }),
    );
    await at('2026-10-02T10:00:00Z', 'teamleader');
    await ok(
      backend.call('surveys.respond', { contactId: f.id, rating: 1, couldHaveDoneMore: 'yes' }),
    );
    await at('2026-10-05T09:10:00Z');
    const b = await contact('2026-10-05T09:00:00Z');
    await ok(
      backend.call('surveys.record', { contactId: b.id, rating: 4, couldHaveDoneMore: 'no' }),
    );
    await at('2026-10-12T10:10:00Z');
    const c = await contact('2026-10-12T10:00:00Z', { ...hb, customerTypeId: business });
    await ok(
      backend.call('surveys.record', {
        contactId: c.id,
        rating: 2,
        couldHaveDoneMore: 'yes',
        comment: 'Waited too long.',
      }),
    );
    await at('2026-10-20T11:10:00Z', 'adviser2');
    const d = await contact('2026-10-20T11:00:00Z', { ...hb, channel: 'email' });
    await ok(backend.call('surveys.send', { contactId: d.id, via: 'email' }));
    await at('2026-10-27T10:00:00Z', 'teamleader');
    await ok(
      backend.call('surveys.respond', {
        contactId: d.id,
        rating: 4,
        couldHaveDoneMore: 'not_sure',
      }),
    );
    await at('2026-10-31T23:40:00Z', 'adviser2');
    const e = await contact('2026-10-31T23:30:00Z', {
      channel: 'telephone',
      customerTypeId: business,
    });
    await ok(backend.call('surveys.send', { contactId: e.id, via: 'sms' }));
    await at('2026-11-02T10:10:00Z');
    const g = await contact('2026-11-02T10:00:00Z');
    await ok(
      backend.call('surveys.record', { contactId: g.id, rating: 5, couldHaveDoneMore: 'no' }),
    );
    await at('2026-11-23T10:00:00Z', 'teamleader');
  }

  /** A row as [label, surveys, responses, average, satisfied %, not-done-more %, sent, replies, response %]. */
  const line = (r: {
    label: string;
    surveys: number;
    responses: number;
    averageRating: number | null;
    satisfiedRate: number | null;
    couldNotHaveDoneMoreRate: number | null;
    sent: number;
    sentReplies: number;
    responseRate: number | null;
  }) => [
    r.label,
    r.surveys,
    r.responses,
    r.averageRating === null ? null : Math.round(r.averageRating * 1000) / 1000,
    r.satisfiedRate === null ? null : Math.round(r.satisfiedRate * 100),
    r.couldNotHaveDoneMoreRate === null ? null : Math.round(r.couldNotHaveDoneMoreRate * 100),
    r.sent,
    r.sentReplies,
    r.responseRate === null ? null : Math.round(r.responseRate * 100),
  ];

  it('counts October overall and by channel, service, site, customer type and month', async () => {
    await october();
    const figures = await ok(
      backend.call('surveys.figures', { from: '2026-10-01', to: '2026-10-31' }),
    );
    // A-E: 5 surveys, 4 responses rated 5, 4, 2, 4: average 15 / 4 = 3.75; satisfied (4 or
    // 5) 3 of 4 = 75%; "no" (A, B) 2 of 4 = 50%, D's "not sure" in the denominator; sent D
    // and E, D came back: 1 of 2 = 50%. F's reply came in October but its contact was in
    // September; G is November.
    expect(figures.overall).toEqual({
      surveys: 5,
      responses: 4,
      askedResponses: 3,
      averageRating: 3.75,
      satisfied: 3,
      satisfiedRate: 0.75,
      ratingCounts: [0, 1, 0, 2, 1],
      couldNotHaveDoneMore: 2,
      couldNotHaveDoneMoreRate: 0.5,
      doneMoreAnswers: { yes: 1, no: 2, not_sure: 1 },
      sent: 2,
      sentReplies: 1,
      responseRate: 0.5,
    });
    expect(figures.byChannel.map(line)).toEqual([
      // A (5, no) and E (sent, no reply)
      ['Telephone', 2, 1, 5, 100, 100, 1, 0, 0],
      // B (4, no), C (2, yes): average 3, 1 of 2 satisfied, 1 of 2 "no"; nothing sent
      ['Face to face', 2, 2, 3, 50, 50, 0, 0, null],
      // D (4, not sure): sent and came back
      ['Email', 1, 1, 4, 100, 0, 1, 1, 100],
    ]);
    expect(figures.byService.map(line)).toEqual([
      // A, B, E: (5 + 4) / 2 = 4.5, both "no"
      ['Council Tax', 3, 2, 4.5, 100, 100, 1, 0, 0],
      // C, D: (2 + 4) / 2 = 3; 1 of 2 satisfied; no "no"
      ['Housing Benefit and Council Tax Reduction', 2, 2, 3, 50, 0, 1, 1, 100],
    ]);
    expect(figures.bySite.map(line)).toEqual([
      // A, D, E: (5 + 4) / 2 = 4.5; "no" 1 of 2; 1 of 2 sent came back
      ['Contact Centre', 3, 2, 4.5, 100, 50, 2, 1, 50],
      // B, C
      ['Town Hall One Stop Shop', 2, 2, 3, 50, 50, 0, 0, null],
    ]);
    expect(figures.byCustomerType.map(line)).toEqual([
      // C (2, yes), E (no reply)
      ['Business', 2, 1, 2, 0, 0, 1, 0, 0],
      // A, B, D: (5 + 4 + 4) / 3 = 4.333; all satisfied; "no" 2 of 3 = 67%
      ['Citizen', 3, 3, 4.333, 100, 67, 1, 1, 100],
    ]);
    // The 12 months to October: November 2025 to October 2026; only September and October
    // have surveys (F in September, by its contact's date).
    expect(figures.byMonth.map((m) => m.key)).toEqual([
      '2025-11',
      '2025-12',
      ...['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'].map((m) => `2026-${m}`),
    ]);
    expect(figures.byMonth.slice(-3).map(line)).toEqual([
      ['August 2026', 0, 0, null, null, null, 0, 0, null],
      ['September 2026', 1, 1, 1, 0, 0, 1, 1, 100],
      ['October 2026', 5, 4, 3.75, 75, 50, 2, 1, 50],
    ]);
  });

  it('narrows to one site, and stretches the trend to a period longer than a year', async () => {
    await october();
    const reference = await ok(backend.call('reference.list', {}));
    const townHall = reference.sites.find((s) => s.name === 'Town Hall One Stop Shop')!.id;
    const figures = await ok(
      backend.call('surveys.figures', { from: '2026-10-01', to: '2026-10-31', siteId: townHall }),
    );
    // B and C only
    expect(line({ label: 'all', ...figures.overall })).toEqual([
      'all',
      2,
      2,
      3,
      50,
      50,
      0,
      0,
      null,
    ]);
    expect(figures.bySite.map((s) => s.label)).toEqual(['Town Hall One Stop Shop']);
    const long = await ok(
      backend.call('surveys.figures', { from: '2025-06-15', to: '2026-11-10' }),
    );
    // June 2025 to November 2026: 18 months; the period counts A-G (7), the trend's November
    // has G alone.
    expect(long.byMonth).toHaveLength(18);
    expect(long.overall.surveys).toBe(7);
    expect(line(long.byMonth.at(-1)!)).toEqual(['November 2026', 1, 1, 5, 100, 100, 0, 0, null]);
  });

  it('has nothing to measure in an empty month, and refuses the adviser and a backwards period', async () => {
    await at('2026-11-23T10:00:00Z', 'teamleader');
    const empty = await ok(
      backend.call('surveys.figures', { from: '2026-10-01', to: '2026-10-31' }),
    );
    expect(empty.overall).toMatchObject({ surveys: 0, averageRating: null, responseRate: null });
    expect(empty.byChannel).toEqual([]);
    const backwards = await backend.call('surveys.figures', {
      from: '2026-10-31',
      to: '2026-10-01',
    });
    expect(!backwards.ok && backwards.error.fields?.to).toBe(
      'The first day must not be after the last day.',
    );
    await at('2026-11-23T10:00:00Z', 'adviser');
    const adviser = await backend.call('surveys.figures', { from: '2026-10-01', to: '2026-10-31' });
    expect(!adviser.ok && adviser.error.code).toBe('FORBIDDEN');
  });
});

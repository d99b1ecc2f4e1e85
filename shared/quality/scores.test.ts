import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactScore, qualityResultLines, type ScoredContact } from './scores';

const ITEMS = ['greet', 'identity', 'resolve', 'record', 'offer'];

/** A scored contact: `results` lists met (m), not met (x) and not applicable (-) per point. */
function scored(
  contactId: string,
  staffId: string,
  contactDate: string,
  results: string,
  scoredAt = '2026-12-01T10:00:00.000Z',
): ScoredContact {
  const codes = { m: 'met', x: 'not_met', '-': 'not_applicable' } as const;
  return {
    contactId,
    staffId,
    adviserName: { amy: 'Amy Khan', ben: 'Ben Hughes' }[staffId] ?? staffId,
    contactDate,
    scoredAt,
    results: [...results].map((code, i) => ({
      checklistItemId: ITEMS[i]!,
      result: codes[code as keyof typeof codes],
    })),
  };
}

describe('a contact’s score', () => {
  it('is met ÷ (met + not met) × 100, leaving out the points that did not apply', () => {
    expect(contactScore(['met', 'met', 'met', 'met', 'met'])).toBe(100);
    // 3 met, 1 not met, 1 not applicable: 3 ÷ 4 = 75%
    expect(contactScore(['met', 'not_met', 'not_applicable', 'met', 'met'])).toBe(75);
    expect(contactScore(['not_met', 'not_met'])).toBe(0);
  });

  it('has no score when no point applied', () => {
    expect(contactScore(['not_applicable', 'not_applicable'])).toBeNull();
    expect(contactScore([])).toBeNull();
  });
});

describe('results per adviser per month', () => {
  const contacts = [
    // Amy in November: 100% and 75% (3 of 4), an average of 87.5%.
    scored('c1', 'amy', '2026-11-03', 'mmmmm'),
    scored('c2', 'amy', '2026-11-20', 'mx-mm'),
    // Amy in December: 2 of 4 = 50%.
    scored('c3', 'amy', '2026-12-01', 'mxxm-'),
    // Ben in November: 4 of 5 = 80%, and one contact where nothing applied (no score).
    scored('c4', 'ben', '2026-11-10', 'mmmmx'),
    scored('c5', 'ben', '2026-11-30', '-----'),
  ];

  it('averages each adviser’s contacts in each month, each contact counting once', () => {
    const { byAdviser } = qualityResultLines(contacts, ITEMS);
    expect(
      byAdviser.map((l) => [
        l.adviserName,
        l.month,
        l.contactsScored,
        l.contactsWithScore,
        l.averageScore,
      ]),
    ).toEqual([
      ['Amy Khan', '2026-11', 2, 2, 87.5],
      ['Amy Khan', '2026-12', 1, 1, 50],
      ['Ben Hughes', '2026-11', 2, 1, 80],
    ]);
  });

  it('gives each checklist point’s met rate over the contacts where it applied', () => {
    const { byAdviser, council } = qualityResultLines(contacts, ITEMS);
    // Amy in November, "identity": met once, not met once: 50%; "resolve": not applicable
    // once, met once: 100% over the one contact where it applied.
    expect(
      byAdviser[0]!.items.map((i) => [
        i.checklistItemId,
        i.met,
        i.notMet,
        i.notApplicable,
        i.metRate,
      ]),
    ).toEqual([
      ['greet', 2, 0, 0, 100],
      ['identity', 1, 1, 0, 50],
      ['resolve', 1, 0, 1, 100],
      ['record', 2, 0, 0, 100],
      ['offer', 2, 0, 0, 100],
    ]);
    // Across the council "offer": met in c1, c2; not met in c4; not applicable in c3, c5:
    // 2 of 3.
    const offer = council.items.find((i) => i.checklistItemId === 'offer')!;
    expect([offer.met, offer.notMet, offer.notApplicable]).toEqual([2, 1, 2]);
    expect(offer.metRate).toBeCloseTo(66.667, 2);
  });

  it('adds a council-wide line per month and for the whole period', () => {
    const { councilByMonth, council } = qualityResultLines(contacts, ITEMS);
    // November: 100, 75, 80 (c5 has no score): 255 ÷ 3 = 85%.
    expect(councilByMonth.map((l) => [l.month, l.contactsScored, l.averageScore])).toEqual([
      ['2026-11', 4, 85],
      ['2026-12', 1, 50],
    ]);
    // The period: 100, 75, 50, 80: 305 ÷ 4 = 76.25%.
    expect(council).toMatchObject({
      staffId: null,
      month: null,
      contactsScored: 5,
      contactsWithScore: 4,
      averageScore: 76.25,
    });
  });

  it('counts a contact sampled twice once, by its latest scoring', () => {
    const twice = [
      scored('c1', 'amy', '2026-11-03', 'xxxxx', '2026-12-01T10:00:00.000Z'),
      scored('c1', 'amy', '2026-11-03', 'mmmmx', '2026-12-05T10:00:00.000Z'),
    ];
    const { council } = qualityResultLines(twice, ITEMS);
    expect(council).toMatchObject({ contactsScored: 1, averageScore: 80 });
  });

  it('rates each point over exactly the results given for it, on any mix of contacts', () => {
    const contact = fc.record({
      id: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6'),
      staff: fc.constantFrom('amy', 'ben'),
      date: fc.constantFrom('2026-10-30', '2026-11-02'),
      codes: fc.stringMatching(/^[mx-]{0,5}$/),
    });
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 12 }), (drawn) => {
        // One scoring per contact, so every contact drawn is counted.
        const once = [...new Map(drawn.map((d) => [d.id, d])).values()];
        const contacts = once.map((d) => scored(d.id, d.staff, d.date, d.codes));
        const { council } = qualityResultLines(contacts, ITEMS);
        ITEMS.forEach((id, i) => {
          const given = contacts.flatMap((c) =>
            c.results.filter((r) => r.checklistItemId === id).map((r) => r.result),
          );
          expect(council.items[i]).toEqual({
            checklistItemId: id,
            met: given.filter((r) => r === 'met').length,
            notMet: given.filter((r) => r === 'not_met').length,
            notApplicable: given.filter((r) => r === 'not_applicable').length,
            metRate: contactScore(given),
          });
        });
        const scores = contacts.flatMap((c) => {
          const score = contactScore(c.results.map((r) => r.result));
          return score === null ? [] : [score];
        });
        expect(council.contactsWithScore).toBe(scores.length);
        expect(council.averageScore).toBe(
          scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
        );
      }),
    );
  });

  it('has no lines and no average when nothing was scored', () => {
    const lines = qualityResultLines([], ITEMS);
    expect(lines.byAdviser).toEqual([]);
    expect(lines.councilByMonth).toEqual([]);
    expect(lines.council).toMatchObject({ contactsScored: 0, averageScore: null });
    expect(lines.council.items.every((i) => i.metRate === null)).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateLargestRemainder,
  compareSamples,
  drawSample,
  sampleSize,
  SEED_MAX,
  type SampleCandidate,
} from './sampling';

/** `count` contacts of one adviser on one channel, ids `${staffId}-${channel}-001`... */
function stratum(staffId: string, channel: string, count: number): SampleCandidate[] {
  return Array.from({ length: count }, (_, i) => ({
    contactId: `${staffId}-${channel}-${String(i + 1).padStart(3, '0')}`,
    staffId,
    channel,
  }));
}

/** Three advisers on two channels each, 100 contacts in all. */
const MONTH = [
  ...stratum('amy', 'telephone', 23),
  ...stratum('amy', 'email', 17),
  ...stratum('ben', 'telephone', 31),
  ...stratum('ben', 'email', 9),
  ...stratum('cal', 'telephone', 12),
  ...stratum('cal', 'face_to_face', 8),
];

const counts = (sample: ReturnType<typeof drawSample>) =>
  sample.strata.map((s) => `${s.staffId} ${s.channel} ${s.drawn} of ${s.population}`);

describe('sample size', () => {
  it('is the ceiling of N × the share, and nothing from an empty period', () => {
    expect(sampleSize(100, 0.05)).toBe(5);
    expect(sampleSize(101, 0.05)).toBe(6); // 5.05 rounds up
    expect(sampleSize(40, 0.025)).toBe(1); // the SLA's 2.5% of 40 is exactly 1
    expect(sampleSize(41, 0.025)).toBe(2); // 1.025 rounds up
    expect(sampleSize(3, 0.05)).toBe(1); // a share of a non-empty period draws at least one
    expect(sampleSize(7, 1)).toBe(7);
    expect(sampleSize(0, 0.05)).toBe(0);
  });

  it('is not thrown out by floating point: 7% of 100 is 7, not 8', () => {
    expect(100 * 0.07).toBeGreaterThan(7); // why sizes are worked in basis points
    expect(sampleSize(100, 0.07)).toBe(7);
    expect(sampleSize(1000, 0.0001)).toBe(1);
  });
});

describe('largest-remainder allocation', () => {
  it('gives each stratum the floor of its share, and the leftovers to the largest remainders', () => {
    // Shares of 10 from 100: 2.3, 1.7, 3.1, 0.9, 1.2, 0.8; floors sum to 7; the three left
    // go to the remainders .9, .8 and .7.
    expect(allocateLargestRemainder([23, 17, 31, 9, 12, 8], 10, [0, 1, 2, 3, 4, 5])).toEqual([
      2, 2, 3, 1, 1, 1,
    ]);
  });

  it('breaks equal remainders by the rank it is given', () => {
    // Shares of 5 from 20: 2.5, 1.5, 1; one left over and two remainders of .5.
    expect(allocateLargestRemainder([10, 6, 4], 5, [0, 1, 2])).toEqual([3, 1, 1]);
    expect(allocateLargestRemainder([10, 6, 4], 5, [1, 0, 2])).toEqual([2, 2, 1]);
  });

  it('is exact in total and within one of every share, never more than a stratum holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (sizes, share) => {
          const total = sizes.reduce((a, b) => a + b, 0);
          const size = Math.round(total * share);
          const ranks = sizes.map((_, i) => sizes.length - i);
          const drawn = allocateLargestRemainder(sizes, size, ranks);
          expect(drawn.reduce((a, b) => a + b, 0)).toBe(total === 0 ? 0 : size);
          drawn.forEach((d, i) => {
            const exact = total === 0 ? 0 : (sizes[i]! * size) / total;
            expect(d).toBeGreaterThanOrEqual(Math.floor(exact));
            expect(d).toBeLessThanOrEqual(Math.ceil(exact));
            expect(d).toBeLessThanOrEqual(sizes[i]!);
          });
        },
      ),
    );
  });
});

describe('drawing a sample', () => {
  it('draws 5% of a 100-contact month as 5 contacts, spread over the strata in proportion', () => {
    // Shares of 5: 1.15, .85, 1.55, .45, .6, .4; floors 1, 0, 1, 0, 0, 0; the three left
    // over go to the remainders .85 (Amy's email), .6 (Cal's phone) and .55 (Ben's phone).
    const sample = drawSample(MONTH, 0.05, 20261123);
    expect(sample.population).toBe(100);
    expect(sample.items).toHaveLength(5);
    expect(counts(sample)).toEqual([
      'amy email 1 of 17',
      'amy telephone 1 of 23',
      'ben email 0 of 9',
      'ben telephone 2 of 31',
      'cal face_to_face 0 of 8',
      'cal telephone 1 of 12',
    ]);
    // Each item comes from the stratum it is counted in.
    expect(sample.items.map((i) => `${i.staffId} ${i.channel}`)).toEqual([
      'amy email',
      'amy telephone',
      'ben telephone',
      'ben telephone',
      'cal telephone',
    ]);
  });

  it('gives the same contacts for the same seed, whatever order the contacts come in', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(MONTH, { minLength: MONTH.length }),
        fc.integer({ min: 0, max: SEED_MAX }),
        fc.integer({ min: 1, max: 10_000 }),
        (shuffled, seed, bp) => {
          const again = drawSample(shuffled, bp / 10_000, seed);
          expect(again).toEqual(drawSample(MONTH, bp / 10_000, seed));
        },
      ),
    );
  });

  it('draws distinct contacts of the population, the size and strata the allocation says', () => {
    const candidates = fc.uniqueArray(
      fc.record({
        contactId: fc.uuid(),
        staffId: fc.constantFrom('amy', 'ben', 'cal', 'dee'),
        channel: fc.constantFrom('telephone', 'email', 'face_to_face'),
      }),
      { maxLength: 300, selector: (c: SampleCandidate) => c.contactId },
    );
    fc.assert(
      fc.property(
        candidates,
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: SEED_MAX }),
        (population, bp, seed) => {
          const sample = drawSample(population, bp / 10_000, seed);
          const ids = sample.items.map((i) => i.contactId);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids.length).toBe(sampleSize(population.length, bp / 10_000));
          const known = new Map(population.map((c) => [c.contactId, c]));
          for (const item of sample.items) expect(known.get(item.contactId)).toEqual(item);
          for (const s of sample.strata) {
            const inStratum = sample.items.filter(
              (i) => i.staffId === s.staffId && i.channel === s.channel,
            );
            expect(inStratum).toHaveLength(s.drawn);
            const exact = (s.population * ids.length) / population.length;
            expect(Math.abs(s.drawn - exact)).toBeLessThan(1);
          }
        },
      ),
    );
  });

  it('usually draws a different sample from a different seed', () => {
    const samples = new Set(
      Array.from({ length: 50 }, (_, seed) =>
        drawSample(MONTH, 0.1, seed + 1)
          .items.map((i) => i.contactId)
          .sort()
          .join(),
      ),
    );
    // C(23,2)·C(17,2)·C(31,3)·C(9,1)·C(12,1)·C(8,1) samples are possible: fifty seeds
    // giving fewer than 49 different ones would mean the seed is barely used.
    expect(samples.size).toBeGreaterThanOrEqual(49);
  });

  it('gives every contact of a stratum the same chance', () => {
    // 3 of 10 drawn, 3,000 seeds: each contact is expected 900 times, standard deviation
    // about 25; a biased shuffle (say, swapping with any position) would be far outside 100.
    const ten = stratum('amy', 'telephone', 10);
    const times = new Map<string, number>();
    for (let seed = 0; seed < 3000; seed += 1)
      for (const item of drawSample(ten, 0.3, seed).items)
        times.set(item.contactId, (times.get(item.contactId) ?? 0) + 1);
    expect(times.size).toBe(10);
    for (const n of times.values()) expect(Math.abs(n - 900)).toBeLessThan(100);
  });

  it('refuses a seed the generator cannot take exactly', () => {
    expect(() => drawSample(MONTH, 0.05, -1)).toThrow(RangeError);
    expect(() => drawSample(MONTH, 0.05, 1.5)).toThrow(RangeError);
    expect(() => drawSample(MONTH, 0.05, SEED_MAX + 1)).toThrow(RangeError);
  });

  it('draws nothing from an empty period', () => {
    expect(drawSample([], 0.05, 7)).toEqual({ items: [], strata: [], population: 0 });
  });
});

describe('comparing a redraw with the sample on record', () => {
  it('says same only when the same contacts come out, and counts the differences', () => {
    expect(compareSamples(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual({
      same: true,
      onlyInRecorded: 0,
      onlyInRedraw: 0,
    });
    expect(compareSamples(['a', 'b', 'c'], ['a', 'b', 'd', 'e'])).toEqual({
      same: false,
      onlyInRecorded: 1,
      onlyInRedraw: 2,
    });
  });
});

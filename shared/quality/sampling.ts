// Quality sampling (NeSDS standard 19: quality measured across every channel and service;
// standard 20, Excellent: at least 5% of users targeted for quality evaluation; the
// Jobcentre Plus SLA's monitoring uses statistically valid samples of 2.5%). A team leader
// draws a random sample of a period's completed contacts, stratified by adviser and channel,
// from a recorded seed: the same seed and the same contacts always give the same sample, so
// anyone can check later that the sample was not picked by hand.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** One completed contact of the period, with the stratum it belongs to. */
export interface SampleCandidate {
  contactId: string;
  staffId: string;
  channel: string;
}

/** A stratum (one adviser on one channel): its contacts in the period and how many drawn. */
export interface StratumAllocation {
  staffId: string;
  channel: string;
  population: number;
  drawn: number;
}

export interface DrawnSample {
  /** The contacts drawn, stratum by stratum (adviser, then channel), in the order drawn. */
  items: SampleCandidate[];
  /** Every stratum of the population, in the same order, with its allocation. */
  strata: StratumAllocation[];
  population: number;
}

/** Seeds are whole numbers the generator takes exactly (it reads 32 bits). */
export const SEED_MAX = 2_147_483_647;

/**
 * Shares are taken in hundredths of a percent (basis points), the precision the draw form
 * accepts, and sizes worked out in whole numbers: in floating point 100 × 0.07 is
 * 7.000000000000001, and its ceiling would add a contact nobody asked for.
 */
export function basisPointsOf(fraction: number): number {
  return Math.round(fraction * 10_000);
}

/** The sample size: ceil(N × fraction), so any share of a non-empty period draws at least one. */
export function sampleSize(population: number, fraction: number): number {
  if (population <= 0) return 0;
  const bp = basisPointsOf(fraction);
  return Math.min(population, Math.ceil((population * bp) / 10_000));
}

/**
 * Splits `size` across strata in proportion to their sizes by the largest-remainder
 * (Hamilton) method. Each stratum's exact share is n_s × size / N; it gets the floor of that,
 * and the contacts left over go one each to the strata with the largest remainders. So the
 * total is exactly `size` (rounding each share on its own can over- or under-shoot), and
 * every stratum gets the floor or the ceiling of its share: within one contact of
 * proportional, never more than it has. Shares are compared as whole-number numerators
 * (n_s × size mod N), so no floating-point error decides who gets a contact.
 *
 * Ties between equal remainders go by `tieRank` (lower first): the draw passes a seeded
 * ranking, so the same adviser is not favoured month after month by the order of the ids.
 */
export function allocateLargestRemainder(
  counts: readonly number[],
  size: number,
  tieRank: readonly number[],
): number[] {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0 || size <= 0) return counts.map(() => 0);
  const floors = counts.map((n) => Math.floor((n * size) / total));
  const remainders = counts.map((n) => (n * size) % total);
  let left = size - floors.reduce((sum, n) => sum + n, 0);
  const order = counts
    .map((_, i) => i)
    .sort((a, b) => remainders[b]! - remainders[a]! || tieRank[a]! - tieRank[b]!);
  for (const i of order) {
    if (left === 0) break;
    if (remainders[i] === 0) continue;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}

/** A plain code-unit comparison: the same order on every machine, whatever its locale. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Picks `k` of `items` by a partial Fisher–Yates shuffle: each k-subset equally likely. */
function pick<T>(rng: RandomGenerator, items: readonly T[], k: number): T[] {
  const pool = [...items];
  for (let i = 0; i < k; i += 1) {
    const j = uniformInt(rng, i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}

/** The strata of a population, ordered by adviser then channel, each with its contacts by id. */
export function strataOf(population: readonly SampleCandidate[]) {
  const groups = new Map<string, SampleCandidate[]>();
  for (const c of population) {
    const key = `${c.staffId}\u0000${c.channel}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()]
    .map((contacts) => contacts.sort((a, b) => byCodeUnits(a.contactId, b.contactId)))
    .sort(
      (a, b) =>
        byCodeUnits(a[0]!.staffId, b[0]!.staffId) || byCodeUnits(a[0]!.channel, b[0]!.channel),
    );
}

/**
 * Draws the sample. The population is put in a fixed order first (strata by adviser and
 * channel, contacts by id), whatever order the database returned it in, and the one seeded
 * generator (xoroshiro128+, pure-rand's recommendation) then ranks the strata for ties and
 * picks within each stratum in turn. Same seed and same contacts: the identical sample.
 */
export function drawSample(
  population: readonly SampleCandidate[],
  fraction: number,
  seed: number,
): DrawnSample {
  if (!Number.isInteger(seed) || seed < 0 || seed > SEED_MAX)
    throw new RangeError(`The seed must be a whole number from 0 to ${SEED_MAX}.`);
  const rng = xoroshiro128plus(seed);
  const strata = strataOf(population);
  const rankOrder = pick(
    rng,
    strata.map((_, i) => i),
    strata.length,
  );
  const tieRank: number[] = [];
  rankOrder.forEach((stratum, rank) => (tieRank[stratum] = rank));
  const drawn = allocateLargestRemainder(
    strata.map((s) => s.length),
    sampleSize(population.length, fraction),
    tieRank,
  );
  const items = strata.flatMap((contacts, i) => pick(rng, contacts, drawn[i]!));
  return {
    items,
    strata: strata.map((contacts, i) => ({
      staffId: contacts[0]!.staffId,
      channel: contacts[0]!.channel,
      population: contacts.length,
      drawn: drawn[i]!,
    })),
    population: population.length,
  };
}

/** How a redraw compares with the sample on record. */
export interface SampleComparison {
  same: boolean;
  /** Contacts on the recorded sample that the redraw did not pick. */
  onlyInRecorded: number;
  /** Contacts the redraw picked that are not on the recorded sample. */
  onlyInRedraw: number;
}

export function compareSamples(
  recorded: readonly string[],
  redrawn: readonly string[],
): SampleComparison {
  const a = new Set(recorded);
  const b = new Set(redrawn);
  const onlyInRecorded = [...a].filter((id) => !b.has(id)).length;
  const onlyInRedraw = [...b].filter((id) => !a.has(id)).length;
  return { same: onlyInRecorded === 0 && onlyInRedraw === 0, onlyInRecorded, onlyInRedraw };
}

// A hand-made month for the quality tests: November 2026 at the Contact Centre, three
// advisers on two channels each, 100 contacts with known counts per stratum, so every
// sample size and split can be worked out by hand.
import type { TestBackend } from './backend';
import { statsFixture, type StatsFixture } from './stats-fixture';

type Staff = 'adviser' | 'adviser2' | 'teamleader';

/** Amina Khan (adviser), Ben Hughes (adviser2), Carys Jones (teamleader): 100 in all. */
export const NOVEMBER_STRATA: { staff: Staff; channel: string; count: number }[] = [
  { staff: 'adviser', channel: 'telephone', count: 23 },
  { staff: 'adviser', channel: 'email', count: 17 },
  { staff: 'adviser2', channel: 'telephone', count: 31 },
  { staff: 'adviser2', channel: 'email', count: 9 },
  { staff: 'teamleader', channel: 'telephone', count: 12 },
  { staff: 'teamleader', channel: 'face_to_face', count: 8 },
];

/** Records the month's 100 contacts, spread over 2-28 November in the working day. */
export function recordNovember(backend: TestBackend): StatsFixture {
  const fixture = statsFixture(backend);
  let n = 0;
  for (const s of NOVEMBER_STRATA)
    for (let i = 0; i < s.count; i += 1) {
      const day = String(2 + (n % 27)).padStart(2, '0');
      const minute = String(n % 60).padStart(2, '0');
      fixture.contact({
        at: `2026-11-${day}T10:${minute}:00Z`,
        staff: s.staff,
        channel: s.channel,
      });
      n += 1;
    }
  return fixture;
}

/** The sample's strata as "adviser channel drawn of population" lines. */
export const strataLines = (sample: {
  strata: { adviserName: string; channel: string; drawn: number; population: number }[];
}) => sample.strata.map((s) => `${s.adviserName} ${s.channel} ${s.drawn} of ${s.population}`);

// The NeSDS evidence report (issue 8): for each standard the app can evidence, the measured
// figures, the grade those records support with the reason, and what the next grade needs.
import { standard1, standard2, standard3, standard4, standard7 } from './customer-standards';
import type { EvidenceFacts } from './facts';
import { gradeStandard, type StandardEvidence } from './grades';
import {
  standard17,
  standard18,
  standard19,
  standard20,
  standard21,
} from './performance-standards';
import { standard22, standard23, standard24, standard25 } from './process-standards';

const STANDARDS = [
  standard1,
  standard2,
  standard3,
  standard4,
  standard7,
  standard17,
  standard18,
  standard19,
  standard20,
  standard21,
  standard22,
  standard23,
  standard24,
  standard25,
];

export function assessStandards(facts: EvidenceFacts): StandardEvidence[] {
  return STANDARDS.map((standard) => gradeStandard(standard(facts)));
}

export type { EvidenceFacts } from './facts';
export * from './grades';

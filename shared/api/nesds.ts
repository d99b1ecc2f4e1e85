// The NeSDS evidence report (issue 8): for a period, each standard the app can evidence with
// its measured figures, the grade (Minimum, Progressing, Excellent) the records support and
// why, and what the next grade still needs, for the council's self-assessment.
import { z } from 'zod';
import type { StandardEvidence } from '../nesds/grades';
import { isoDate } from './common';
import { method } from './define';

export interface NesdsEvidenceReport {
  from: string;
  to: string;
  councilName: string;
  /** When the figures were worked out. */
  asOf: string;
  standards: StandardEvidence[];
}

/** A year and a day: a self-assessment covers a month, a quarter or a year. */
const MAX_DAYS = 367;

const LEADERS = ['team_leader', 'administrator'] as const;

export const nesdsContract = {
  'nesds.evidence': method<NesdsEvidenceReport>()(
    z
      .object({ from: isoDate('The first day'), to: isoDate('The last day') })
      .strict()
      .refine((p) => p.from <= p.to, {
        message: 'The first day must not be after the last day.',
        path: ['to'],
      })
      .refine((p) => (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 < MAX_DAYS, {
        message: 'Choose a period of a year or less.',
        path: ['from'],
      }),
    'session',
    LEADERS,
  ),
};

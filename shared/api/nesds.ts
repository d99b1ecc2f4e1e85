// The NeSDS evidence report (issue 8): for a period, each standard the app can evidence with
// its measured figures, the grade (Minimum, Progressing, Excellent) the records support and
// why, and what the next grade still needs, for the council's self-assessment.
import type { FiguresSource } from './figures-source';
import { z } from 'zod';
import type { StandardEvidence } from '../nesds/grades';
import { checkPeriod, periodDays } from './common';
import { LEADERS, method } from './define';

export interface NesdsEvidenceReport {
  /** Where the figures came from, on a desk joined to a council server (issue 23). */
  source?: FiguresSource;
  from: string;
  to: string;
  councilName: string;
  /** When the figures were worked out. */
  asOf: string;
  standards: StandardEvidence[];
}

/** A year and a day: a self-assessment covers a month, a quarter or a year. */
const MAX_DAYS = 367;

export const nesdsContract = {
  'nesds.evidence': method<NesdsEvidenceReport>()(
    checkPeriod(z.object(periodDays).strict(), { days: MAX_DAYS, words: 'a year' }),
    'session',
    LEADERS,
  ),
};

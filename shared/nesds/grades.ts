// How a standard's grade follows from its evidence (NeSDS section 3: each standard has up to
// three levels, Minimum, Progressing and Excellent; not every standard has all three).
//
// A grade's criteria are checks. A data check is measured from the app's own records and is
// met or not; an outside check is something no record here can show (a published report, a
// consultation, a benchmark with other councils) and is listed for the council to evidence
// itself. The grade the app's evidence supports is the highest one whose data checks, and
// every lower grade's, are all met. A grade that has only outside checks is never supported
// by the app alone: its outside checks are what is missing.
import { count, plural } from '../words';

export const GRADES = ['minimum', 'progressing', 'excellent'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS: Record<Grade, string> = {
  minimum: 'Minimum',
  progressing: 'Progressing',
  excellent: 'Excellent',
};

export interface Check {
  grade: Grade;
  /** What must hold, with the measured figure when it is a data check. */
  text: string;
  /** true or false from the records; null when it must be evidenced outside the app. */
  met: boolean | null;
}

export interface Measure {
  label: string;
  value: string;
}

export interface StandardEvidence {
  number: number;
  title: string;
  /** The grades the standard defines, lowest first (standard 3 defines none). */
  grades: Grade[];
  measures: Measure[];
  checks: Check[];
  /** The highest grade the app's records support; null below Minimum or where ungraded. */
  supported: Grade | null;
  reason: string;
  /** The next grade up, and what it still needs. */
  next: Grade | null;
  missing: string[];
  /** Outside-the-app evidence the council must hold to claim the supported grade. */
  alsoShow: string[];
}

export interface StandardDefinition {
  number: number;
  title: string;
  grades: Grade[];
  measures: Measure[];
  checks: Check[];
}

const sentence = (texts: string[]) => texts.join('; ');

/** Works out the grade the data checks support and what the next grade still needs. */
export function gradeStandard(def: StandardDefinition): StandardEvidence {
  const { grades, checks } = def;
  const at = (g: Grade) => checks.filter((c) => c.grade === g);
  const failing = (g: Grade) => at(g).filter((c) => c.met !== true);
  const data = (g: Grade) => at(g).filter((c) => c.met !== null);
  const outside = (g: Grade) => at(g).filter((c) => c.met === null);

  if (grades.length === 0) {
    return {
      ...def,
      supported: null,
      // The figures are in the measures; the reason says how many of their targets were met.
      reason: `The standard sets no grades. ${count(checks.filter((c) => c.met).length)} of ${plural(checks.filter((c) => c.met !== null).length, 'measured target')} met in the period.`,
      next: null,
      missing: [],
      alsoShow: [],
    };
  }

  let supported: Grade | null = null;
  for (const grade of grades) {
    const measured = data(grade);
    if (measured.length === 0 || measured.some((c) => c.met === false)) break;
    supported = grade;
  }
  const next = grades[supported === null ? 0 : grades.indexOf(supported) + 1] ?? null;
  const claimed = supported === null ? [] : grades.slice(0, grades.indexOf(supported) + 1);
  // The reason gives every measured check behind the grade, the lower grades' included.
  const reason =
    supported === null
      ? `Below Minimum on the records: ${
          sentence(
            failing('minimum')
              .filter((c) => c.met === false)
              .map((c) => c.text),
          ) || 'the Minimum needs evidence from outside the app'
        }.`
      : `${GRADE_LABELS[supported]}: ${sentence(claimed.flatMap((g) => data(g).map((c) => c.text)))}.`;
  return {
    ...def,
    supported,
    reason,
    next,
    missing: next === null ? [] : failing(next).map((c) => c.text),
    alsoShow: claimed.flatMap((g) => outside(g).map((c) => c.text)),
  };
}

/** A share as a percentage for the report's sentences ("83%", or "4.5%" with a digit);
 * "no data" for null. */
export function percent(share: number | null, digits = 0): string {
  if (share === null) return 'no data';
  const scale = 10 ** digits;
  return `${(Math.round(share * 100 * scale) / scale).toLocaleString('en-GB')}%`;
}

export { count, plural };

// The grade a standard's records support: the highest grade whose data checks, and every
// lower grade's, all hold; a grade with only outside evidence is never claimed from data.
import { describe, expect, it } from 'vitest';
import { gradeStandard, type Check, type StandardDefinition } from './grades';

const def = (checks: Check[], grades = ['minimum', 'progressing', 'excellent'] as const) =>
  ({ number: 99, title: 'Test', grades: [...grades], measures: [], checks }) as StandardDefinition;

describe('gradeStandard', () => {
  it('supports the highest grade whose data checks hold, and lists what the next needs', () => {
    const graded = gradeStandard(
      def([
        { grade: 'minimum', text: 'a', met: true },
        { grade: 'minimum', text: 'published', met: null },
        { grade: 'progressing', text: 'b', met: true },
        { grade: 'excellent', text: 'c', met: false },
        { grade: 'excellent', text: 'benchmarked', met: null },
      ]),
    );
    expect(graded.supported).toBe('progressing');
    expect(graded.reason).toBe('Progressing: a; b.');
    expect(graded.next).toBe('excellent');
    expect(graded.missing).toEqual(['c', 'benchmarked']);
    expect(graded.alsoShow).toEqual(['published']);
  });

  it('never claims a grade that has only outside evidence', () => {
    const graded = gradeStandard(
      def([
        { grade: 'minimum', text: 'a', met: true },
        { grade: 'progressing', text: 'published', met: null },
        { grade: 'excellent', text: 'c', met: true },
      ]),
    );
    expect(graded.supported).toBe('minimum');
    expect(graded.next).toBe('progressing');
    expect(graded.missing).toEqual(['published']);
  });

  it('a higher grade met on its own does not lift a missed lower one', () => {
    const graded = gradeStandard(
      def([
        { grade: 'minimum', text: 'no surveys', met: false },
        { grade: 'minimum', text: 'published', met: null },
        { grade: 'progressing', text: 'b', met: true },
      ]),
    );
    expect(graded.supported).toBeNull();
    expect(graded.reason).toBe('Below Minimum on the records: no surveys.');
    expect(graded.next).toBe('minimum');
    expect(graded.missing).toEqual(['no surveys', 'published']);
    expect(graded.alsoShow).toEqual([]);
  });

  it('at the top grade nothing is next', () => {
    const graded = gradeStandard(
      def([{ grade: 'minimum', text: 'a', met: true }], ['minimum'] as never),
    );
    expect(graded).toMatchObject({ supported: 'minimum', next: null, missing: [] });
  });

  it('a standard without grades reports what it measures', () => {
    const graded = gradeStandard({
      ...def([
        { grade: 'minimum', text: 'ASA 25 seconds, target met', met: true },
        { grade: 'minimum', text: 'seen within 10 minutes 86%, target missed', met: false },
        { grade: 'minimum', text: 'abandoned calls 6%', met: null },
      ]),
      grades: [],
    });
    expect(graded).toMatchObject({ supported: null, next: null, missing: [] });
    expect(graded.reason).toBe(
      'The standard sets no grades. 1 of 2 measured targets met in the period.',
    );
  });
});

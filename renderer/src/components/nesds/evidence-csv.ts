// The evidence report as CSV for the council's self-assessment workbook: one row a standard,
// the same words as the screen.
import type { NesdsEvidenceReport } from '../../../../shared/api/nesds';
import { GRADE_LABELS } from '../../../../shared/nesds/grades';
import { toCsv } from '../../stats/csv';
import { nextText } from './grade-words';
import { sourceWords } from '../../stats/source-words';

const COLUMNS = [
  { key: 'standard', label: 'Standard' },
  { key: 'title', label: 'Title' },
  { key: 'grade', label: 'Grade the records support' },
  { key: 'reason', label: 'Why' },
  { key: 'measured', label: 'Measured' },
  { key: 'alsoShow', label: 'Also show, from outside the app' },
  { key: 'next', label: 'Next grade' },
  { key: 'missing', label: 'Still needed for the next grade' },
];

export function evidenceCsv(report: NesdsEvidenceReport): string {
  // Where the figures came from travels with them (issue 23).
  const source = sourceWords(report.source, report.asOf);
  return toCsv(COLUMNS, [
    ...(source ? [{ title: 'Where the figures come from', reason: source }] : []),
    ...report.standards.map((s) => ({
      standard: s.number,
      title: s.title,
      grade:
        s.grades.length === 0
          ? 'Not graded'
          : s.supported === null
            ? 'Below Minimum'
            : GRADE_LABELS[s.supported],
      reason: s.reason,
      measured: s.measures.map((m) => `${m.label}: ${m.value}`).join('; '),
      alsoShow: s.alsoShow.join('; '),
      next: s.grades.length === 0 ? '' : nextText(s.next),
      missing: s.missing.join('; '),
    })),
  ]);
}

// A grade in words and a symbol, never colour alone.
import { GRADE_LABELS, type Grade, type StandardEvidence } from '../../../../shared/nesds/grades';

export function gradeText(standard: StandardEvidence): string {
  if (standard.grades.length === 0) return 'Not graded by the standard';
  return standard.supported === null ? '✗ Below Minimum' : `✓ ${GRADE_LABELS[standard.supported]}`;
}

export function gradeState(standard: StandardEvidence): 'met' | 'missed' | 'none' {
  if (standard.grades.length === 0) return 'none';
  return standard.supported === null ? 'missed' : 'met';
}

export function nextText(next: Grade | null): string {
  return next === null ? 'Top grade' : GRADE_LABELS[next];
}

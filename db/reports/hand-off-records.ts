// The hand-offs behind a figure: those that missed a limit of their standard in the period
// (of one standard when asked), each with its due date and where it went.
import type { Db } from '../write';
import { handOffRecordsOf } from '../queries/hand-offs/hand-off-records';
import { handOffResultsIn, handOffSpan } from './hand-off-results';
import { pageOf, when } from './record-parts';
import type { ReportContext } from './report-context';

export async function handOffRecords(
  db: Db,
  rc: ReportContext,
  offset: number,
  standardId?: string,
) {
  const results = handOffResultsIn(await handOffSpan(db, rc.bounds, rc.filter, rc.now), rc.bounds);
  const ids = standardId
    ? (results.missed.get(standardId) ?? [])
    : [...results.missed.values()].flat();
  const rows = await handOffRecordsOf(db, ids);
  return {
    total: rows.length,
    columns: [
      ['reference', 'Reference'],
      ['made', 'Handed off'],
      ['due', 'Due (tightest limit)'],
      ['resolved', 'Resolved'],
      ['status', 'Status'],
      ['department', 'Department'],
      ['service', 'Service'],
      ['standard', 'Standard'],
    ] as const,
    rows: pageOf(rows, offset).map((r) => ({
      id: r.id,
      reference: r.reference,
      made: when(r.createdAt),
      due: when(r.dueAt),
      resolved: when(r.resolvedAt),
      status: r.status,
      department: r.department,
      service: r.service,
      standard: r.standard,
    })),
  };
}

// The hand-offs behind a figure (electron/reports/hand-off-records.ts shows them), once the
// standard's rule (shared/metrics/hand-offs.ts) has named which missed a limit.
import type { HandOffStatus } from '../../../shared/domain/hand-offs';
import type { ReadableDB } from '../../handles';

export interface HandOffRecord {
  id: string;
  reference: string;
  createdAt: string;
  dueAt: string | null;
  resolvedAt: string | null;
  status: HandOffStatus;
  department: string;
  service: string;
  /** Null for a hand-off made under no standard. */
  standard: string | null;
}

/** The hand-offs with these ids, in the order they were made. */
export async function handOffRecordsOf(
  db: ReadableDB,
  ids: readonly string[],
): Promise<HandOffRecord[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('hand_offs as h')
    .innerJoin('departments as d', 'd.id', 'h.department_id')
    .innerJoin('services as s', 's.id', 'h.service_id')
    .leftJoin('service_standards as ss', 'ss.id', 'h.standard_id')
    .select([
      'h.id',
      'h.reference',
      'h.created_at as createdAt',
      'h.due_at as dueAt',
      'h.resolved_at as resolvedAt',
      'h.status',
      'd.name as department',
      's.name as service',
      'ss.name as standard',
    ])
    .where('h.id', 'in', ids)
    .orderBy('h.created_at')
    .execute();
}

import type { Selectable } from 'kysely';
import type { ServiceStandard, StandardSubject } from '../../../shared/time/standards';
import type { ServiceStandardTable } from '../../schema';
import type { Db, Tx } from '../../write';

/** The tightest limit of the council's active standard for a subject, if it has one. */
export async function standardLimit(db: Db | Tx, subject: string): Promise<number | null> {
  const row = await db
    .selectFrom('service_standards')
    .select('thresholds')
    .where('subject', '=', subject)
    .where('active', '=', 1)
    .orderBy('sort_order')
    .executeTakeFirst();
  if (!row) return null;
  const limits = (JSON.parse(row.thresholds) as { limit: number }[]).map((t) => t.limit);
  return limits.length === 0 ? null : Math.min(...limits);
}

/** A stored standard as the working-time engine reads it. */
export function toServiceStandard(row: Selectable<ServiceStandardTable>): ServiceStandard {
  return {
    name: row.name,
    subject: row.subject as ServiceStandard['subject'],
    unit: row.unit,
    measure: row.measure,
    thresholds: JSON.parse(row.thresholds) as ServiceStandard['thresholds'],
    source: row.source,
  };
}

/** Active standards for one subject, in the council's order. */
export async function activeStandards(
  db: Db | Tx,
  subject: StandardSubject,
): Promise<{ id: string; standard: ServiceStandard }[]> {
  const rows = await db
    .selectFrom('service_standards')
    .selectAll()
    .where('subject', '=', subject)
    .where('active', '=', 1)
    .orderBy('sort_order')
    .execute();
  return rows.map((r) => ({ id: r.id, standard: toServiceStandard(r) }));
}

export async function standardsById(
  db: Db | Tx,
  ids: string[],
): Promise<Map<string, ServiceStandard>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('service_standards')
    .selectAll()
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, toServiceStandard(r)]));
}

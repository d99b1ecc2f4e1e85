import type { Selectable } from 'kysely';
import type { ServiceStandard, StandardSubject } from '../../../shared/time/standards';
import type { ServiceStandardTable } from '../../schema';
import type { ReadableDB, WritableDB } from '../../handles';
import { insertLogged, updateLogged, type Actor } from '../../write';

/** The tightest limit of the council's active standard for a subject, if it has one. */
export async function standardLimit(db: ReadableDB, subject: string): Promise<number | null> {
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
  db: ReadableDB,
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

/** Every active standard, in the council's order then by name: the settings screen's list. */
export async function listActiveStandards(
  db: ReadableDB,
): Promise<{ id: string; standard: ServiceStandard }[]> {
  const rows = await db
    .selectFrom('service_standards')
    .selectAll()
    .where('active', '=', 1)
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ id: r.id, standard: toServiceStandard(r) }));
}

/** One standard by id, active or retired. */
export async function standardById(
  db: ReadableDB,
  id: string,
): Promise<{ id: string; standard: ServiceStandard }> {
  const row = await db
    .selectFrom('service_standards')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { id: row.id, standard: toServiceStandard(row) };
}

/** Whether the council has any standard at all, retired ones included. */
export async function hasAnyStandard(db: ReadableDB): Promise<boolean> {
  const row = await db.selectFrom('service_standards').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function standardsById(
  db: ReadableDB,
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

/** A standard's columns as stored: its thresholds are JSON text. */
function standardColumns(standard: ServiceStandard) {
  return {
    name: standard.name,
    subject: standard.subject,
    unit: standard.unit,
    measure: standard.measure,
    thresholds: JSON.stringify(standard.thresholds),
    source: standard.source,
  };
}

/** Adds an active standard at `sortOrder` in the council's list. */
export async function insertStandard(
  tx: WritableDB,
  actor: Actor,
  id: string,
  standard: ServiceStandard,
  sortOrder: number,
): Promise<void> {
  await insertLogged(tx, actor, 'service_standards', {
    id,
    ...standardColumns(standard),
    active: 1,
    sort_order: sortOrder,
  });
}

/** @returns false when there is no such standard (nothing written). */
export function updateStandard(
  tx: WritableDB,
  actor: Actor,
  id: string,
  standard: ServiceStandard,
): Promise<boolean> {
  return updateLogged(tx, actor, 'service_standards', id, standardColumns(standard));
}

/** Takes a standard out of use; it stays on the records it timed. @returns false when none. */
export function retireStandard(tx: WritableDB, actor: Actor, id: string): Promise<boolean> {
  return updateLogged(tx, actor, 'service_standards', id, { active: 0 });
}

// What a record's history reads beyond the change log's rows: each row's before and after
// from their JSON, and the names shown in place of ids (the council's list items, staff).
import type { ReadableDB } from '../../handles';

export type NamedList = 'services' | 'interaction_types' | 'customer_types' | 'departments';

/** Each id of the list that exists, with its name (retired items included). */
export async function listItemNames(
  db: ReadableDB,
  table: NamedList,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const found = await db.selectFrom(table).select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(found.map((r) => [r.id, r.name]));
}

export async function staffNames(db: ReadableDB, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const staff = await db
    .selectFrom('staff')
    .select(['id', 'display_name'])
    .where('id', 'in', ids)
    .execute();
  return new Map(staff.map((r) => [r.id, r.display_name]));
}

/** A change-log row's before and after as field values (an absent side reads as none). */
export function changeValues(row: { before: string | null; after: string | null }): {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
} {
  return {
    before: (row.before ? JSON.parse(row.before) : {}) as Record<string, unknown>,
    after: (row.after ? JSON.parse(row.after) : {}) as Record<string, unknown>,
  };
}

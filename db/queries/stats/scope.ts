// Who and where a report covers, as SQL: one site or all, and the staff of a team or one
// adviser (resolved to ids before querying, so every aggregate filters the same way).
import { sql, type RawBuilder } from 'kysely';

export interface StatsFilter {
  siteId?: string;
  /** Undefined: everyone. An empty list matches nobody (a team with no members). */
  staffIds?: readonly string[];
}

/** Instants as stored: ISO 8601 UTC text, so ranges compare as strings. */
export interface Bounds {
  start: string;
  end: string;
}

export function siteAndStaff(
  filter: StatsFilter,
  siteColumn: RawBuilder<unknown>,
  staffColumn: RawBuilder<unknown> | null,
): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (filter.siteId) parts.push(sql`${siteColumn} = ${filter.siteId}`);
  if (filter.staffIds) {
    if (filter.staffIds.length === 0 || staffColumn === null) parts.push(sql`false`);
    else parts.push(sql`${staffColumn} in (${sql.join(filter.staffIds.map((id) => sql`${id}`))})`);
  }
  return parts.length === 0 ? sql`true` : sql.join(parts, sql` and `);
}

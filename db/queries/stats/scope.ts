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

/**
 * One period, or several apart (a day and the weekdays it is compared with), asked for in one
 * query: on the council server each query is a round trip and a plan.
 */
export type Spans = Bounds | readonly Bounds[];

const spansOf = (spans: Spans): readonly Bounds[] => ('start' in spans ? [spans] : spans);

/** From the first span's start to the last one's end. */
export function hull(spans: Spans): Bounds {
  const list = spansOf(spans);
  return {
    start: list.map((b) => b.start).sort()[0]!,
    end: list
      .map((b) => b.end)
      .sort()
      .at(-1)!,
  };
}

/**
 * `column` within one of the spans, each from its start up to its end: for one span, the
 * plain range a single period always was. `edge` writes a bound as the column holds it.
 */
export function within(
  column: RawBuilder<unknown>,
  spans: Spans,
  edge: (instant: string) => string = (instant) => instant,
): RawBuilder<unknown> {
  const ranges = spansOf(spans).map(
    (b) => sql`${column} >= ${edge(b.start)} and ${column} < ${edge(b.end)}`,
  );
  if (ranges.length === 0) return sql`false`;
  return ranges.length === 1 ? ranges[0]! : sql`(${sql.join(ranges, sql` or `)})`;
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

// The SQL that only PostgreSQL speaks, in one place: the twin of db/engine/sqlite.ts, with the
// same names and the same meaning, for the council server's copy of the desk's tables (issue
// 23). The server mirrors the desk's columns under the same names, instants as the same ISO
// 8601 UTC text with milliseconds (text, not timestamptz) and booleans as 0/1, so instants
// compare as text here too; only the arithmetic on them is written differently.
// db/engine/postgres.pg.test.ts runs each twin on a real PostgreSQL beside its TypeScript rule
// and its SQLite twin on the same values.
//
// Two things differ in kind from SQLite:
// - A condition is a boolean, not 1/0. `withinLimit`, `followsWithinRepeatWindow` and
//   `repeatedContact` are meant for WHERE and `countWhere`; selected bare, pg gives true/false.
// - pg hands bigint and numeric back as strings (they may not fit a JS number). Every figure
//   here is therefore cast to integer (int4) where it cannot outgrow it, or else to double
//   precision, which pg gives back as a number and which holds every whole number below 2^53
//   exactly (milliseconds over years outgrow int4, and bigint would come back as a string).
import { sql, type RawBuilder } from 'kysely';
import { REPEAT_WINDOW_DAYS } from '../../shared/metrics/fcr';
import { repeatedContactWith } from './repeat-rule';

/** A column or any SQL expression. */
export type Expr = RawBuilder<unknown>;

/** to_char's picture of a stored instant: `2026-11-23T10:00:00.000Z`, as SQLite's %f gives. */
const ISO_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * A stored instant as a timestamp without time zone, in UTC. The text ends in `Z`, so the cast
 * to timestamptz is exact whatever the session's TimeZone; taking it to UTC before adding
 * days keeps a day 24 hours long (timestamptz arithmetic would follow the session's clock
 * changes and make a week across one 167 or 169 hours).
 */
const utc = (instant: Expr) => sql`((${instant})::timestamptz at time zone 'UTC')`;

/** A UTC timestamp written back as stored instant text. */
const asText = (timestamp: Expr) => sql<string>`to_char(${timestamp}, ${sql.raw(ISO_MS)})`;

// ---- The rules' twins ----

/**
 * Milliseconds from one stored instant to another, exact: the difference of two timestamptz is
 * taken in microseconds (its days are 24 hours, whatever the clocks did), extract(epoch) is
 * numeric (exact to the microsecond) from PostgreSQL 14, and the whole milliseconds go back as
 * double precision so that pg gives a number, not a bigint's string. One extract of the
 * difference, not one of each instant: a quarter less time over a week of calls.
 */
export const msBetween = (from: Expr, to: Expr) =>
  sql<number>`round(extract(epoch from (${to})::timestamptz - (${from})::timestamptz)
    * 1000)::double precision`;

/** Answer time in milliseconds, queue to answer: shared/metrics/telephone.ts `answerSeconds`. */
export const answerMs = (queuedAt: Expr, answeredAt: Expr) => msBetween(queuedAt, answeredAt);

/**
 * Whole seconds waited, from arrival or the appointment time if later to first being seen,
 * never negative: shared/domain/visits.ts `waitSeconds`. Floor, as SQLite's integer division
 * (which truncates) only differs from it below 0, where both give 0. Double precision, not
 * integer, so a wait from a mistyped year does not overflow and fail the whole report.
 */
export const waitSeconds = (arrivedAt: Expr, appointmentAt: Expr, firstSeenAt: Expr) =>
  sql<number>`greatest(0, floor(${msBetween(
    sql`greatest(${arrivedAt}, coalesce(${appointmentAt}, ${arrivedAt}))`,
    firstSeenAt,
  )} / 1000))::double precision`;

/** An amount within its limit (the limit itself included): shared/metrics/counts.ts `withinLimit`. */
export const withinLimit = (amount: Expr, limit: number | Expr) =>
  sql<number>`(${amount} <= ${limit})`;

/** The end of the repeat window opened by a contact at `startedAt`: 7 days of UTC time on. */
export const repeatWindowEnd = (startedAt: Expr) =>
  asText(sql`${utc(startedAt)} + ${sql.raw(`interval '${REPEAT_WINDOW_DAYS} days'`)}`);

/** A contact at `laterAt` follows one at `startedAt` within the repeat window:
 * shared/metrics/fcr.ts `withinRepeatWindow`. */
export const followsWithinRepeatWindow = (startedAt: Expr, laterAt: Expr) =>
  sql<number>`(${laterAt} > ${startedAt} and ${laterAt} <= ${repeatWindowEnd(startedAt)})`;

/** Whether contact row `c` is a repeated resolved contact (./repeat-rule.ts, written once). */
export const repeatedContact = repeatedContactWith(followsWithinRepeatWindow);

/**
 * The London calendar date of a stored instant: shared/time/london.ts `londonDateOf`, from
 * PostgreSQL's own time zone rules. to_char, not a cast to date and text, whose text follows
 * the session's DateStyle.
 */
export const londonDate = (instant: Expr) =>
  sql<string>`to_char((${instant})::timestamptz at time zone 'Europe/London', 'YYYY-MM-DD')`;

// ---- PostgreSQL's ways with instants stored as text ----

/** The UTC hour an instant falls in, `2026-11-23T10`: the key the reports group by. */
export const utcHour = (instant: Expr) => sql<string>`substr(${instant}, 1, 13)`;

// ---- PostgreSQL's aggregates and planner ----

/**
 * How many rows a condition holds for; null over no rows, as sum() and SQLite's twin. A
 * boolean cast to integer is 1, 0 or null, so a row whose condition is null counts for
 * nothing, as in SQLite. int4: no table here holds 2^31 rows.
 */
export const countWhere = (condition: Expr) => sql<number>`sum((${condition})::integer)::integer`;

/**
 * A sum that is 0, not null, over no rows. Double precision, as SQLite's total() is a real,
 * and because a sum of integers is a bigint (a string from pg).
 */
export const sumOrZero = (value: Expr) => sql<number>`coalesce(sum(${value}), 0)::double precision`;

/**
 * Ends a subquery whose expressions are worked out once per row: PostgreSQL never pulls a
 * subquery with an OFFSET up into the query around it, and `offset 0` skips nothing.
 */
export const KEEP_SUBQUERY = sql`offset 0`;

/** PostgreSQL takes no index hints: nothing, once the name is checked as on SQLite. */
export function indexedBy(index: string): RawBuilder<unknown> {
  if (!/^\w+$/.test(index)) throw new Error(`Not an index name: ${index}`);
  return sql.raw('');
}

/** PostgreSQL has no unary + on text, nor another cheap way to hide a column: the column. */
export const unindexed = (column: Expr): RawBuilder<unknown> => column;
/** A row's own key for comparing rows of one table: every record table's key is `id`. */
export function rowKey(alias: string): RawBuilder<unknown> {
  if (!/^\w+$/.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return sql.raw(`${alias}.id`);
}

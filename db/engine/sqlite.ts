// The SQL that only SQLite speaks, in one place: the SQL twins of the rules defined in
// shared/metrics and shared/time, and the SQLite-only expressions the reports are built from
// (julianday, strftime, substr on ISO text, `limit -1`, total(), a boolean summed as 0/1,
// INDEXED BY and the unary + that steers the planner). A PostgreSQL engine replaces this file
// (architecture: "each engine's SQL differences live in one module, tested against the
// TypeScript definitions"); db/engine/sqlite.test.ts runs each twin and its TypeScript rule on
// the same rows. Instants are stored as ISO 8601 UTC text with milliseconds (toISOString), so
// they compare as text. Migrations keep their own frozen copies (0007, 0008, 0021), tested
// against these in db/engine/migrations-agree.test.ts.
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql,
  type RawBuilder,
} from 'kysely';
import { REPEAT_WINDOW_DAYS } from '../../shared/metrics/fcr';
import { repeatedContactWith } from './repeat-rule';

/** A column or any SQL expression. */
export type Expr = RawBuilder<unknown>;

const ISO_MS = `'%Y-%m-%dT%H:%M:%fZ'`;

// ---- The rules' twins ----

/** Milliseconds from one stored instant to another, exact: julianday keeps far better than 1 ms. */
export const msBetween = (from: Expr, to: Expr) =>
  sql<number>`cast(round((julianday(${to}) - julianday(${from})) * 86400000.0) as integer)`;

/** Answer time in milliseconds, queue to answer: shared/metrics/telephone.ts `answerSeconds`. */
export const answerMs = (queuedAt: Expr, answeredAt: Expr) => msBetween(queuedAt, answeredAt);

/**
 * Whole seconds waited, from arrival or the appointment time if later to first being seen,
 * never negative: shared/domain/visits.ts `waitSeconds`.
 */
export const waitSeconds = (arrivedAt: Expr, appointmentAt: Expr, firstSeenAt: Expr) =>
  sql<number>`max(0, ${msBetween(
    sql`max(${arrivedAt}, coalesce(${appointmentAt}, ${arrivedAt}))`,
    firstSeenAt,
  )} / 1000)`;

/** An amount within its limit (the limit itself included): shared/metrics/counts.ts `withinLimit`. */
export const withinLimit = (amount: Expr, limit: number | Expr) =>
  sql<number>`(${amount} <= ${limit})`;

/** The end of the repeat window opened by a contact at `startedAt`: 7 days of UTC time on. */
export const repeatWindowEnd = (startedAt: Expr) =>
  sql<string>`strftime(${sql.raw(ISO_MS)}, ${startedAt}, ${sql.raw(`'+${REPEAT_WINDOW_DAYS} days'`)})`;

/** A contact at `laterAt` follows one at `startedAt` within the repeat window:
 * shared/metrics/fcr.ts `withinRepeatWindow`. */
export const followsWithinRepeatWindow = (startedAt: Expr, laterAt: Expr) =>
  sql<number>`(${laterAt} > ${startedAt} and ${laterAt} <= ${repeatWindowEnd(startedAt)})`;

/** Whether contact row `c` is a repeated resolved contact (./repeat-rule.ts, written once). */
export const repeatedContact = repeatedContactWith(followsWithinRepeatWindow);

/**
 * The London calendar date of a stored instant: shared/time/london.ts `londonDateOf`. UK summer
 * time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
 * October (the Summer Time Order 2002); the Sunday on or after the 25th is the month's last.
 */
export function londonDate(instant: Expr): RawBuilder<string> {
  const lastSunday = (month: '03' | '10') =>
    sql`date(substr(${instant}, 1, 4) || ${sql.raw(`'-${month}-25'`)}, 'weekday 0') || 'T01:00:00.000Z'`;
  return sql<string>`date(${instant}, case when ${instant} >= ${lastSunday('03')}
    and ${instant} < ${lastSunday('10')} then '+1 hour' else '+0 hours' end)`;
}

// ---- SQLite's ways with instants stored as text ----

/** The UTC hour an instant falls in, `2026-11-23T10`: the key the reports group by. */
export const utcHour = (instant: Expr) => sql<string>`substr(${instant}, 1, 13)`;

// ---- SQLite's aggregates and planner ----

/** How many rows a condition holds for (SQLite's true is 1); null over no rows, as sum(). */
export const countWhere = (condition: Expr) => sql<number>`sum(${condition})`;

/** A sum that is 0.0, not null, over no rows. */
export const sumOrZero = (value: Expr) => sql<number>`total(${value})`;

/**
 * Ends a subquery whose expressions are worked out once per row: without it SQLite flattens
 * the subquery into the aggregate and works them out again for each use
 * (https://www.sqlite.org/optoverview.html#flattening, rule 9).
 */
export const KEEP_SUBQUERY = sql`limit -1`;

/** Reads a table through the named index (SQLite's INDEXED BY). */
export function indexedBy(index: string): RawBuilder<unknown> {
  if (!/^\w+$/.test(index)) throw new Error(`Not an index name: ${index}`);
  return sql.raw(`indexed by ${index}`);
}

/** A column the planner is kept from using an index on (SQLite's unary +). */
export const unindexed = (column: Expr) => sql`+${column}`;

/** A row's own key for comparing rows of one table: the rowid its covering indexes carry. */
export function rowKey(alias: string): RawBuilder<unknown> {
  if (!/^\w+$/.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return sql.raw(`${alias}.rowid`);
}

// ---- SQL text for a bare better-sqlite3 connection ----

/** Compiles only: never connected to a database. */
const compiler = new Kysely<unknown>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

/** A statement's SQL text and parameters, for code that holds a better-sqlite3 handle (bulk loads). */
export function sqliteStatement(statement: Expr): { sql: string; parameters: readonly unknown[] } {
  const compiled = statement.compile(compiler);
  return { sql: compiled.sql, parameters: compiled.parameters };
}

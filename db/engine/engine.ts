// Which engine's SQL a query speaks (issue 23: "the same report code on both engines"). The
// desk's reports run on SQLite, the council server's on PostgreSQL, through the same queries in
// db/queries; the few expressions the two engines write differently live in one module each
// (./sqlite.ts, ./postgres.ts), with the same names and the same meaning, each tested against
// the TypeScript rule it twins. A query asks `engineOf(db)` for them.
import { PostgresAdapter, type RawBuilder } from 'kysely';
import * as sqlite from './sqlite';
import * as postgres from './postgres';

export type Expr = RawBuilder<unknown>;

/** What each engine module provides (./sqlite.ts is the reference; ./postgres.ts its twin). */
export interface Engine {
  readonly name: 'sqlite' | 'postgres';
  /** Milliseconds from one stored instant (ISO 8601 UTC text) to another, exact. */
  msBetween(from: Expr, to: Expr): RawBuilder<number>;
  /** shared/metrics/telephone.ts `answerSeconds`, in milliseconds. */
  answerMs(queuedAt: Expr, answeredAt: Expr): RawBuilder<number>;
  /** shared/domain/visits.ts `waitSeconds`: whole seconds, never negative. */
  waitSeconds(arrivedAt: Expr, appointmentAt: Expr, firstSeenAt: Expr): RawBuilder<number>;
  /** shared/metrics/counts.ts `withinLimit`: a condition. */
  withinLimit(amount: Expr, limit: number | Expr): RawBuilder<number>;
  /** The end of the repeat window opened at `startedAt`, as stored instant text. */
  repeatWindowEnd(startedAt: Expr): RawBuilder<string>;
  /** shared/metrics/fcr.ts `withinRepeatWindow`: a condition. */
  followsWithinRepeatWindow(startedAt: Expr, laterAt: Expr): RawBuilder<number>;
  /** Whether contact row `c` (a table name or alias) is a repeated resolved contact. */
  repeatedContact(c: string): RawBuilder<number>;
  /** shared/time/london.ts `londonDateOf`: `YYYY-MM-DD`. */
  londonDate(instant: Expr): RawBuilder<string>;
  /** The UTC hour an instant falls in, `2026-11-23T10`. */
  utcHour(instant: Expr): RawBuilder<string>;
  /** How many rows a condition holds for; null over no rows, as sum(). */
  countWhere(condition: Expr): RawBuilder<number>;
  /** A sum that is 0, not null, over no rows. */
  sumOrZero(value: Expr): RawBuilder<number>;
  /** Ends a subquery so its expressions are worked out once per row (an optimisation fence). */
  readonly KEEP_SUBQUERY: RawBuilder<unknown>;
  /** Reads a table through the named index where the engine takes such a hint; else nothing. */
  indexedBy(index: string): RawBuilder<unknown>;
  /** A column the planner is kept from using an index on, where the engine allows it. */
  unindexed(column: Expr): RawBuilder<unknown>;
  /**
   * A row's own key for comparing rows of one table: SQLite's rowid (its covering indexes
   * carry it, so a set of rowids is found without reading rows), PostgreSQL's primary key.
   */
  rowKey(alias: string): RawBuilder<unknown>;
}

export const SQLITE: Engine = { name: 'sqlite', ...sqlite };
export const POSTGRES: Engine = { name: 'postgres', ...postgres };

/** The engine `db` runs on: PostgreSQL for the council server, else the desk's SQLite. */
export function engineOf(db: { getExecutor(): { readonly adapter: unknown } }): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? POSTGRES : SQLITE;
}

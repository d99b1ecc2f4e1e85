// SQLite runs schema changes inside transactions, but Kysely's SQLite adapter says it does
// not, so its Migrator would leave a failed migration half-applied. Saying so lets the
// Migrator wrap each run in one transaction: a failed step changes nothing.
//
// Kysely's SQLite driver prepares every statement afresh; compiling the SQL took about a
// third of an adviser's save (0.6 ms of 1.8 ms, measured by CPU profile on the 5,000,000-
// contact benchmark). The connection handed to Kysely keeps the most recently used prepared
// statements instead. Safe because Kysely runs one query at a time on a connection (its
// mutex), SQLite re-prepares a cached statement itself after a schema change, and nothing
// here streams (an iterating statement would be busy).
//
// Transactions begin IMMEDIATE, taking the write lock at the start. Kysely's plain `begin`
// is deferred: a transaction that reads first (sign-in reads the account, then writes the
// session) and finds the reports worker has committed since its read cannot upgrade, and
// SQLite answers "database is locked" at once without waiting (busy_timeout does not apply
// to a stale snapshot). Two CI journeys failed at sign-in that way.
// https://www.sqlite.org/lang_transaction.html#deferred_immediate_and_exclusive_transactions
import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
  type SqliteStatement,
} from 'kysely';

class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/** Enough for every distinct query the app runs; lists of varying length evict the oldest. */
export const STATEMENT_CACHE_SIZE = 500;

/** The parts of a better-sqlite3 connection Kysely's driver uses, with prepared statements kept. */
export function withStatementCache(
  database: SQLite.Database,
  size = STATEMENT_CACHE_SIZE,
): SqliteDatabase & { readonly cached: number } {
  const cache = new Map<string, SqliteStatement>();
  return {
    prepare(source: string): SqliteStatement {
      let statement = cache.get(source);
      if (statement) {
        cache.delete(source); // re-inserted below: a Map keeps insertion order, so LRU
      } else {
        statement = database.prepare(source);
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
      }
      cache.set(source, statement);
      return statement;
    },
    close(): void {
      cache.clear();
      database.close();
    },
    /** How many statements are kept (for tests). */
    get cached(): number {
      return cache.size;
    },
  };
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class AppSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(database: SQLite.Database) {
    const config = { database: withStatementCache(database) };
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

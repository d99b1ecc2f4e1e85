// SQLite runs schema changes inside transactions, but Kysely's SQLite adapter says it does
// not, so its Migrator would leave a failed migration half-applied. Saying so lets the
// Migrator wrap each run in one transaction: a failed step changes nothing.
import type SQLite from 'better-sqlite3';
import { SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';

class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class AppSqliteDialect extends SqliteDialect {
  constructor(database: SQLite.Database) {
    super({ database });
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

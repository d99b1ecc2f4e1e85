// Bulk inserts with raw prepared statements, committed every `batchRows` rows: one
// transaction per row would fsync millions of times. While loading (and put back after, by
// finish() or abandon()):
// - a rollback journal instead of WAL, since WAL writes every page twice (to the log, then
//   to the database at checkpoint), and a load appends gigabytes of new pages;
// - synchronous=OFF: a crash of this process loses nothing committed; a power cut mid-load
//   could damage the file, acceptable for a demo database (the app itself runs FULL);
// - a large page cache, and helper threads for sorting;
// - the tables' plain (non-unique) indexes dropped and built once at the end: building an
//   index by sorting costs less than half of keeping it up to date row by row, above all for
//   the indexes keyed by customer, which take rows in no particular order. Unique indexes
//   stay, so they keep checking.
// No change_log rows: generated data is no one's edit, and the sync outbox must not ship it.
import type BetterSqlite3 from 'better-sqlite3';
import { markRepeatedContacts, REPEAT_TRIGGERS_LIKE } from '../../db/queries/stats/repeats';

export const BATCH_ROWS = 50_000;
/** Page cache while loading, in KiB (SQLite's negative cache_size): 512 MiB. */
const LOAD_CACHE_KIB = 512 * 1024;
const ROWS_PER_STATEMENT = 25;
/** Helper threads SQLite may use to sort while building indexes. */
const SORT_THREADS = 2;

type Value = string | number | null;

export class BulkWriter {
  private inTransaction = false;
  private rows = 0;
  private readonly flushers: (() => void)[] = [];
  private readonly deferred: { name: string; sql: string }[];
  /** The repeat-contact triggers: dropped while loading, the flag worked out once at the end. */
  private readonly triggers: { name: string; sql: string }[];
  private readonly restorePragmas: () => void;

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    tables: readonly string[],
    private readonly batchRows = BATCH_ROWS,
  ) {
    const synchronous = sqlite.pragma('synchronous', { simple: true }) as number;
    const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
    const threads = sqlite.pragma('threads', { simple: true }) as number;
    const journal = sqlite.pragma('journal_mode', { simple: true }) as string;
    if (journal === 'wal') sqlite.pragma('journal_mode = TRUNCATE');
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma(`cache_size = -${LOAD_CACHE_KIB}`);
    sqlite.pragma(`threads = ${SORT_THREADS}`);
    this.restorePragmas = () => {
      if (journal === 'wal') sqlite.pragma('journal_mode = WAL');
      sqlite.pragma(`synchronous = ${synchronous}`);
      sqlite.pragma(`cache_size = ${cacheSize}`);
      sqlite.pragma(`threads = ${threads}`);
    };
    // Automatic indexes (primary keys, unique constraints) have no SQL and are never dropped.
    this.deferred = sqlite
      .prepare(
        `select name, sql from sqlite_master
         where type = 'index' and sql is not null and sql not like 'create unique index%'
           and tbl_name in (${tables.map(() => '?').join(', ')})
         order by tbl_name, name`,
      )
      .all(...tables) as { name: string; sql: string }[];
    this.triggers = tables.includes('contacts')
      ? (sqlite
          .prepare("select name, sql from sqlite_master where type = 'trigger' and name like ?")
          .all(REPEAT_TRIGGERS_LIKE) as { name: string; sql: string }[])
      : [];
    sqlite.transaction(() => {
      for (const index of this.deferred) sqlite.exec(`drop index "${index.name}"`);
      for (const trigger of this.triggers) sqlite.exec(`drop trigger "${trigger.name}"`);
    })();
  }

  /** A prepared insert: call it with the column values in order. Rows go to SQLite
   * ROWS_PER_STATEMENT at a time (one multi-row insert: fewer calls into the native side).
   * Register parent tables before their children: before a table's rows go, the buffers of
   * every table registered earlier are emptied, so foreign keys are always satisfied. */
  insert(table: string, columns: readonly string[]): (...values: Value[]) => void {
    const row = `(${columns.map(() => '?').join(', ')})`;
    const sql = (rows: number) =>
      `insert into ${table} (${columns.join(', ')}) values ${Array(rows).fill(row).join(', ')}`;
    const one = this.sqlite.prepare(sql(1));
    const many = this.sqlite.prepare(sql(ROWS_PER_STATEMENT));
    const width = columns.length;
    const position = this.flushers.length;
    let buffer: Value[] = [];
    this.flushers.push(() => {
      for (let i = 0; i < buffer.length; i += width) one.run(buffer.slice(i, i + width));
      buffer = [];
    });
    return (...values) => {
      if (!this.inTransaction) {
        this.sqlite.exec('begin');
        this.inTransaction = true;
      }
      for (const value of values) buffer.push(value);
      if (buffer.length === width * ROWS_PER_STATEMENT) {
        for (let i = 0; i < position; i += 1) this.flushers[i]!();
        many.run(buffer);
        buffer = [];
      }
      this.rows += 1;
      if (this.rows % this.batchRows === 0) this.commit();
    };
  }

  commit(): void {
    if (!this.inTransaction) return;
    for (const flush of this.flushers) flush();
    this.sqlite.exec('commit');
    this.inTransaction = false;
  }

  /** Commits what is left, builds the indexes again and puts the pragmas back. */
  finish(): void {
    this.commit();
    this.restore();
  }

  /** After a failure: the open batch is rolled back (earlier ones stay), indexes rebuilt. */
  abandon(): void {
    if (this.inTransaction) this.sqlite.exec('rollback');
    this.inTransaction = false;
    this.restore();
  }

  private restore(): void {
    try {
      this.sqlite.transaction(() => {
        for (const index of this.deferred) this.sqlite.exec(index.sql);
        if (this.triggers.length > 0) {
          markRepeatedContacts(this.sqlite);
          for (const trigger of this.triggers) this.sqlite.exec(trigger.sql);
        }
      })();
    } finally {
      this.restorePragmas();
    }
  }
}

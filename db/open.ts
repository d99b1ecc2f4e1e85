// Opens the app's SQLite database: WAL with synchronous=FULL so a power cut loses no
// committed contact, foreign keys on, a quick integrity check at start-up, and migrations.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, type Migration } from 'kysely';
import { AppSqliteDialect } from './dialect';
import { MIGRATIONS, StaticMigrationProvider } from './migrations';
import type { Database } from './schema';

export const DATABASE_FILE_NAME = 'council-contact.sqlite';

export type DatabaseProblem = 'corrupt' | 'newer' | 'migration-failed' | 'cannot-open';

export class DatabaseOpenError extends Error {
  constructor(
    readonly problem: DatabaseProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

export interface OpenedDatabase {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  file: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  migrations?: Record<string, Migration>;
  /** Skip migrating (tests that step through migrations one at a time). */
  migrate?: boolean;
}

/** Log pages after which a commit checkpoints inline (pages are 4 KiB). */
export const SAFETY_NET_CHECKPOINT_PAGES = 10_000;

export function applyPragmas(sqlite: SQLite.Database): void {
  if (sqlite.name !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // The reports worker checkpoints in the background (electron/reports/checkpoints.ts);
  // this is the safety net should it not run: about 40 MB of log, not SQLite's 4 MB.
  sqlite.pragma(`wal_autocheckpoint = ${SAFETY_NET_CHECKPOINT_PAGES}`);
}

function quickCheck(sqlite: SQLite.Database, file: string): void {
  const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
    const detail = rows
      .slice(0, 3)
      .map((r) => r.quick_check)
      .join('; ');
    throw new DatabaseOpenError(
      'corrupt',
      `The database at ${file} failed its integrity check (${detail}). Restore it from a backup or point the app at another data folder.`,
    );
  }
}

/** Refuses a database that has migrations this version of the app does not know. */
function refuseNewer(
  sqlite: SQLite.Database,
  file: string,
  known: Record<string, Migration>,
): void {
  const table = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name = 'kysely_migration'")
    .get();
  if (!table) return;
  const applied = sqlite.prepare('select name from kysely_migration order by name').all() as {
    name: string;
  }[];
  const unknown = applied.map((r) => r.name).filter((name) => !(name in known));
  if (unknown.length > 0) {
    throw new DatabaseOpenError(
      'newer',
      `The database at ${file} was written by a newer version of Council Contact (it has ${unknown.join(', ')}). Install the newer version, or point this one at another data folder; nothing has been changed.`,
    );
  }
}

export async function migrateToLatest(
  db: Kysely<Database>,
  migrations = MIGRATIONS,
): Promise<void> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(migrations) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new DatabaseOpenError(
      'migration-failed',
      `Updating the database failed at ${failed}: ${reason}. Nothing was changed by that step.`,
    );
  }
}

export async function openDatabase(
  file: string,
  options: OpenOptions = {},
): Promise<OpenedDatabase> {
  const migrations = options.migrations ?? MIGRATIONS;
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(file);
  } catch (error) {
    throw new DatabaseOpenError(
      'cannot-open',
      `Cannot open the database at ${file}: ${(error as Error).message}`,
    );
  }
  try {
    applyPragmas(sqlite);
    quickCheck(sqlite, file);
    refuseNewer(sqlite, file, migrations);
  } catch (error) {
    sqlite.close();
    if (error instanceof DatabaseOpenError) throw error;
    throw new DatabaseOpenError(
      'corrupt',
      `The file at ${file} is not a readable Council Contact database: ${(error as Error).message}`,
    );
  }
  const db = new Kysely<Database>({ dialect: new AppSqliteDialect(sqlite) });
  if (options.migrate !== false) {
    try {
      await migrateToLatest(db, migrations);
    } catch (error) {
      await db.destroy();
      throw error;
    }
  }
  return {
    db,
    sqlite,
    file,
    close: () => db.destroy(),
  };
}

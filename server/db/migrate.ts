// Brings the server's database up to date, and says what is not. Kysely's Migrator takes a
// PostgreSQL advisory lock, so instances starting together apply each migration once, and
// runs them in one transaction (PostgreSQL's DDL is transactional): a failed run changes
// nothing.
import { Migrator, sql, type Migration } from 'kysely';
import type { ServerDb } from './connect';
import { SERVER_MIGRATIONS, StaticMigrationProvider } from './migrations';
import { rebuildRecords } from '../records/project';

function migrator(db: ServerDb, migrations: Record<string, Migration>): Migrator {
  return new Migrator({ db, provider: new StaticMigrationProvider(migrations) });
}

/** Applies every pending migration; returns the names this run applied (none when up to date). */
export async function migrateServer(
  db: ServerDb,
  migrations: Record<string, Migration> = SERVER_MIGRATIONS,
): Promise<string[]> {
  const { error, results = [] } = await migrator(db, migrations).migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(
      `Updating the council database failed${failed ? ` at ${failed}` : ''}: ${reason}. Nothing was changed.`,
    );
  }
  const applied = results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
  // The record tables arrive empty on a server that already holds changes: filled from them.
  if (applied.includes('0010_records')) {
    await db.transaction().execute(async (tx) => {
      await rebuildRecords(tx);
      // Written only once its table exists (migration 0014).
      if (applied.includes('0014_records_projected')) {
        await sql`update records_projected set version = (select version from council_version)`.execute(
          tx,
        );
      }
    });
  }
  return applied;
}

/** The migrations this server knows that the database has not applied, in order. */
export async function missingMigrations(
  db: ServerDb,
  migrations: Record<string, Migration> = SERVER_MIGRATIONS,
): Promise<string[]> {
  const all = await migrator(db, migrations).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

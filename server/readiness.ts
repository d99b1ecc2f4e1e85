// Whether this instance can serve: PostgreSQL answers and the schema is the one this code
// expects. A load balancer sends traffic only to ready instances, so a deploy that has not
// migrated yet, or a database that has gone, takes the instance out rather than failing calls.
import { sql, type Migration } from 'kysely';
import type { ServerDb } from './db/connect';
import { readCouncilVersion } from './db/council-version';
import { missingMigrations } from './db/migrate';

export type Readiness = { ready: true; councilVersion: bigint } | { ready: false; reason: string };

function message(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return message(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

async function check(db: ServerDb, migrations: Record<string, Migration>): Promise<Readiness> {
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    return { ready: false, reason: `PostgreSQL does not answer: ${message(error)}` };
  }
  const missing = await missingMigrations(db, migrations);
  if (missing.length > 0) {
    return { ready: false, reason: `migrations not applied: ${missing.join(', ')}` };
  }
  return { ready: true, councilVersion: await readCouncilVersion(db) };
}

/** Never throws: every failure is a reason. A hung database counts as not ready after `timeoutMs`. */
export async function checkReadiness(
  db: ServerDb,
  migrations: Record<string, Migration>,
  timeoutMs: number,
): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(
      () => resolve({ ready: false, reason: `PostgreSQL did not answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([
      check(db, migrations).catch((error: unknown): Readiness => ({
        ready: false,
        reason: message(error),
      })),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

// One embedded PostgreSQL for the whole test run (starting one takes seconds; a database takes
// tens of milliseconds): each test makes its own database on it (fresh-database.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test cluster's `postgres` database, as its superuser. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // mkdtemp makes a 0700 folder; startEmbeddedPostgres opens it to 0755 when run as root.
  const dataDir = mkdtempSync(join(tmpdir(), 'council-server-test-'));
  const postgres = await startEmbeddedPostgres({
    clusterDir: join(dataDir, 'pg'),
    fast: true,
    openFoldersToBinaries: true, // a fresh clone may sit in a 0700 temporary folder
  });
  project.provide('postgresUrl', postgres.connectionString);
  return async () => {
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

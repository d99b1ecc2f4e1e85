// The simulation's council server: the real server (server/app.ts) on loopback, on a real
// PostgreSQL: the embedded one in a folder of its own, or the one in `databaseUrl`.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../server/app';
import { connectDatabase, type ServerDb } from '../../server/db/connect';
import { migrateServer } from '../../server/db/migrate';
import { startEmbeddedPostgres, type RunningPostgres } from '../../server/embedded';
import { createEnrolmentCode } from '../../server/enrolment/enrol';

export interface SimCouncil {
  db: ServerDb;
  url: string;
  enrolmentCode(siteId: string): Promise<string>;
  close(): Promise<void>;
}

export async function startSimCouncil(databaseUrl?: string): Promise<SimCouncil> {
  let postgres: RunningPostgres | null = null;
  let folder: string | null = null;
  if (!databaseUrl) {
    folder = mkdtempSync(join(tmpdir(), 'council-sim-'));
    chmodSync(folder, 0o755); // PostgreSQL runs as its own user when we are root
    postgres = await startEmbeddedPostgres({
      clusterDir: join(folder, 'pg'),
      fast: true,
      openFoldersToBinaries: true,
    });
  }
  const db = connectDatabase(databaseUrl ?? postgres!.connectionString);
  await migrateServer(db);
  const app: FastifyInstance = buildServer({ db });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    db,
    url,
    async enrolmentCode(siteId) {
      return (await createEnrolmentCode(db, { siteId, createdBy: 'simulation', ttlHours: 1 })).code;
    },
    async close() {
      await app.close();
      await db.destroy();
      await postgres?.stop();
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}

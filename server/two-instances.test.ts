// Two instances behind one load balancer: nothing lives in either process, so both are ready
// on the same database and both answer from PostgreSQL, never from a copy of their own.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { buildServer } from './app';
import { migrateServer } from './db/migrate';
import { freshDatabase } from './test/fresh-database';

it('two servers on one database are both ready and see the same council version', async () => {
  const database = await freshDatabase();
  const [dbA, dbB, other] = [database.connect(), database.connect(), database.connect()];
  // Each instance migrates at start-up, as main.ts does; they may start together.
  await Promise.all([migrateServer(dbA), migrateServer(dbB)]);
  const servers = [buildServer({ db: dbA }), buildServer({ db: dbB })];
  const addresses = await Promise.all(
    servers.map((app) => app.listen({ port: 0, host: '127.0.0.1' })),
  );
  const versions = () =>
    Promise.all(
      addresses.map(async (address) => {
        const response = await fetch(`${address}/ready`);
        expect(response.status).toBe(200);
        return ((await response.json()) as { councilVersion: string }).councilVersion;
      }),
    );
  try {
    expect(await versions()).toEqual(['0', '0']);
    // A push through either instance (or a third) moves the version; both see it at once.
    await sql`update council_version set version = version + 5`.execute(other);
    expect(await versions()).toEqual(['5', '5']);
    await sql`update council_version set version = 9007199254740993`.execute(other);
    expect(await versions()).toEqual(['9007199254740993', '9007199254740993']);
  } finally {
    await Promise.all(servers.map((app) => app.close()));
  }
});

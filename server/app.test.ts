import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildServer } from './app';
import { connectDatabase } from './db/connect';
import { migrateServer } from './db/migrate';
import { SERVER_MIGRATIONS } from './db/migrations';
import { freePort } from './embedded';
import { freshDatabase } from './test/fresh-database';

async function get(app: ReturnType<typeof buildServer>, url: string) {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json<Record<string, string>>() };
}

describe('GET /health', () => {
  it('answers ok from the process alone, even with PostgreSQL out of reach', async () => {
    const db = connectDatabase(`postgres://postgres:x@127.0.0.1:${await freePort()}/none`);
    const app = buildServer({ db });
    try {
      expect(await get(app, '/health')).toEqual({ status: 200, body: { status: 'ok' } });
    } finally {
      await app.close();
      await db.destroy();
    }
  });
});

describe('GET /ready', () => {
  it('is 200 with the council version once every migration is applied', async () => {
    const db = (await freshDatabase()).connect();
    await migrateServer(db);
    const app = buildServer({ db });
    const ready = await get(app, '/ready');
    expect(ready).toEqual({ status: 200, body: { status: 'ready', councilVersion: '0' } });
    await app.close();
  });

  it('is 503 when PostgreSQL does not answer on its port', async () => {
    const db = connectDatabase(`postgres://postgres:x@127.0.0.1:${await freePort()}/none`);
    const app = buildServer({ db });
    try {
      const ready = await get(app, '/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.reason).toMatch(/^PostgreSQL does not answer: .*ECONNREFUSED/);
    } finally {
      await app.close();
      await db.destroy();
    }
  });

  it('is 503 when its connection pool has been closed', async () => {
    const db = (await freshDatabase()).connect();
    await migrateServer(db);
    const app = buildServer({ db });
    expect((await get(app, '/ready')).status).toBe(200);
    await db.destroy();
    const ready = await get(app, '/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.reason).toMatch(/^PostgreSQL does not answer/);
    await app.close();
  });

  it('is 503 naming the migrations not yet applied', async () => {
    const db = (await freshDatabase()).connect();
    const app = buildServer({ db });
    expect(await get(app, '/ready')).toEqual({
      status: 503,
      body: {
        status: 'not ready',
        reason:
          'migrations not applied: 0001_council, 0002_numbers, 0003_staff_accounts, 0005_council_identity, 0006_merged_customers, 0007_council_change_notices, 0008_queue_calls, 0009_queue_steps, 0010_records, 0011_record_tallies, 0012_desk_last_seen, 0013_record_survey_index, 0014_records_projected, 0015_record_constraint_indexes, 0016_record_report_covering',
      },
    });

    // A newer server's migration missing from a database an older one migrated.
    await migrateServer(db);
    const later = { ...SERVER_MIGRATIONS, '9999_later': { up: async () => {} } };
    const newer = buildServer({ db, migrations: later });
    expect((await get(newer, '/ready')).body.reason).toBe('migrations not applied: 9999_later');
    expect((await get(app, '/ready')).status).toBe(200);
    await Promise.all([app.close(), newer.close()]);
  });

  it('is 503 when PostgreSQL hangs past the timeout', async () => {
    const db = (await freshDatabase()).connect({ max: 1 });
    await migrateServer(db);
    const app = buildServer({ db, readyTimeoutMs: 150 });
    // The pool's one connection is busy, so the check waits as it would on a hung server.
    const busy = sql`select pg_sleep(0.5)`.execute(db);
    const ready = await get(app, '/ready');
    expect(ready).toEqual({
      status: 503,
      body: { status: 'not ready', reason: 'PostgreSQL did not answer within 150 ms' },
    });
    await busy;
    await app.close();
  });
});

describe('over real HTTP', () => {
  it('listens on a free port and answers fetch', async () => {
    const db = (await freshDatabase()).connect();
    await migrateServer(db);
    const app = buildServer({ db });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const health = await fetch(`${address}/health`);
      expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
      const ready = await fetch(`${address}/ready`);
      expect(ready.headers.get('cache-control')).toBe('no-store');
      expect([ready.status, await ready.json()]).toEqual([
        200,
        { status: 'ready', councilVersion: '0' },
      ]);
    } finally {
      await app.close();
    }
  });
});

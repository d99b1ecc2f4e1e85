// Live within a second (issue 22): a push commits, PostgreSQL notifies every server instance
// (migration 0007), and each sends its connected desks a server-sent event whose id is the new
// version. On real PostgreSQL and real HTTP.
import { sql } from 'kysely';
import { Client } from 'pg';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { buildServer } from './app';
import { readCouncilVersion } from './db/council-version';
import { migrateServer } from './db/migrate';
import { LISTENER_APPLICATION_NAME } from './live/council-listener';
import { openEvents } from './live/live-events.support';
import { freshDatabase } from './test/fresh-database';
import { change, enrol, push, testServer } from './test/sync-client';

/** A migrated server listening on loopback, with one enrolled desk. */
async function listening() {
  const server = await testServer();
  const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
  onTestFinished(() => server.app.close());
  const desk = await enrol(server.app, server.db);
  return { ...server, url, desk, auth: { authorization: desk.auth } };
}

describe('GET /sync/events', () => {
  it('sends an event with the new version as its id when a push commits', async () => {
    const { app, db, url, desk, auth } = await listening();
    const events = await openEvents(url, auth);
    expect(events.status).toBe(200);
    expect(events.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(events.headers.get('cache-control')).toBe('no-cache');
    expect(events.headers.get('x-accel-buffering')).toBe('no');

    expect((await push(app, desk, [change()])).status).toBe(200);
    const version = await readCouncilVersion(db);
    expect(await events.nth(1)).toMatchObject({ id: String(version), event: 'changed' });

    await push(app, desk, [change()]);
    expect((await events.nth(2)).id).toBe(String(version + 1n));
  });

  it('sends one event at once to a desk whose Last-Event-ID is behind, none when it is not', async () => {
    const { app, db, url, desk, auth } = await listening();
    await push(app, desk, [change()]);
    await push(app, desk, [change()]);
    const now = await readCouncilVersion(db);

    const behind = await openEvents(url, { ...auth, 'last-event-id': String(now - 1n) });
    expect((await behind.nth(1)).id).toBe(String(now));
    const upToDate = await openEvents(url, { ...auth, 'last-event-id': String(now) });

    await push(app, desk, [change()]);
    // The next event each hears is the new push: nothing repeated, nothing sent needlessly.
    expect((await behind.nth(2)).id).toBe(String(now + 1n));
    expect((await upToDate.nth(1)).id).toBe(String(now + 1n));
  });

  it('gives a desk with nothing to resume from the version as its id, with no event', async () => {
    const { app, db, url, desk, auth } = await listening();
    await push(app, desk, [change()]);
    const now = await readCouncilVersion(db);
    const fresh = await openEvents(url, auth);
    // An id from some other database (one restored from a backup) counts as none.
    const ahead = await openEvents(url, { ...auth, 'last-event-id': String(now + 100n) });

    await push(app, desk, [change()]);
    for (const reader of [fresh, ahead]) {
      expect((await reader.nth(1)).id).toBe(String(now + 1n));
      expect(reader.ids).toEqual([String(now), String(now + 1n)]);
    }
  });

  it('refuses a desk that is not enrolled', async () => {
    const { url, desk } = await listening();
    expect((await openEvents(url)).status).toBe(401);
    const wrong = await openEvents(url, { authorization: `Bearer ${desk.deskId}.not-the-secret` });
    expect(wrong.status).toBe(401);
  });

  it('delivers a push through one instance to a desk listening on another', async () => {
    const database = await freshDatabase();
    const [dbA, dbB] = [database.connect(), database.connect()];
    await migrateServer(dbA);
    const [one, two] = [buildServer({ db: dbA }), buildServer({ db: dbB })];
    onTestFinished(async () => {
      await Promise.all([one.close(), two.close()]);
    });
    const urlTwo = await two.listen({ port: 0, host: '127.0.0.1' });
    await one.listen({ port: 0, host: '127.0.0.1' });
    const desk = await enrol(one, dbA);
    const events = await openEvents(urlTwo, { authorization: desk.auth });

    expect((await push(one, desk, [change()])).status).toBe(200);
    expect((await events.nth(1)).id).toBe(String(await readCouncilVersion(dbA)));
  });

  it('listens again after its PostgreSQL connection is cut', async () => {
    const { app, db, url, desk, auth } = await listening();
    const listenerPid = () =>
      vi.waitFor(
        async () => {
          const { rows } = await sql<{ pid: number }>`
            select pid from pg_stat_activity
            where application_name = ${LISTENER_APPLICATION_NAME}
              and datname = current_database()`.execute(db);
          expect(rows).toHaveLength(1);
          return rows[0]!.pid;
        },
        { timeout: 15_000 },
      );
    const first = await listenerPid();
    const events = await openEvents(url, auth);

    await sql`select pg_terminate_backend(${first})`.execute(db);
    await vi.waitFor(async () => expect(await listenerPid()).not.toBe(first), { timeout: 15_000 });
    await push(app, desk, [change()]);
    expect((await events.nth(1)).id).toBe(String(await readCouncilVersion(db)));
  });
});

describe('migration 0007: the council version tells its listeners', () => {
  it('notifies council_changes with the version each time it rises, never when it does not', async () => {
    const database = await freshDatabase();
    const db = database.connect();
    await migrateServer(db);
    const listener = new Client({ connectionString: database.url });
    await listener.connect();
    onTestFinished(() => listener.end());
    const heard: string[] = [];
    listener.on('notification', (n) => heard.push(`${n.channel} ${n.payload}`));
    await listener.query('listen council_changes');

    await sql`update council_version set version = version`.execute(db);
    await sql`update council_version set version = version + 1`.execute(db);
    await sql`update council_version set version = version`.execute(db);
    await sql`update council_version set version = version + 5`.execute(db);
    await vi.waitFor(() => expect(heard).toHaveLength(2));
    expect(heard).toEqual([
      'council_changes {"version" : "1"}',
      'council_changes {"version" : "6"}',
    ]);
  });
});

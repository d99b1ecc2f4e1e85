// `npm run server` as a process: embedded PostgreSQL by default, the council's own with
// DATABASE_URL; ready, then a clean stop on SIGTERM or Ctrl-C with nothing left running.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterEach, expect, it } from 'vitest';
import { freePort } from './embedded';
import { freshDatabase } from './test/fresh-database';
import { isAlive, listeningAt, postmaster, runServer, until } from './test/server-process';

let dataDir = '';
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));
const newDataDir = () => (dataDir = mkdtempSync(join(tmpdir(), 'council-server-main-')));

async function readyBody(address: string): Promise<Record<string, string>> {
  return until('/ready', async () => {
    const response = await fetch(`${address}/ready`);
    return response.status === 200
      ? ((await response.json()) as Record<string, string>)
      : undefined;
  });
}

it(
  'creates its embedded PostgreSQL on first run, keeps it for the next, and stops it on SIGTERM and Ctrl-C',
  { timeout: 120_000 },
  async () => {
    const clusterDir = join(newDataDir(), 'pg');

    const first = runServer(['--port', '0', '--data-dir', dataDir]);
    const address = await listeningAt(first);
    expect(await readyBody(address)).toEqual({ status: 'ready', councilVersion: '0' });
    const running = postmaster(clusterDir)!;
    expect(isAlive(running.pid)).toBe(true);
    // Move the council version behind the server's back: the next run must find it.
    const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
    const client = new Client({
      host: '127.0.0.1',
      port: running.port,
      user: 'postgres',
      password,
    });
    await client.connect();
    await client.query('update council_version set version = 7');
    await client.end();

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('applied migrations 0001_council');
    expect(postmaster(clusterDir)).toBeUndefined();
    await until('PostgreSQL to exit', () => !isAlive(running.pid), 5_000);

    const second = runServer(['--port', '0', '--data-dir', dataDir]);
    expect(await readyBody(await listeningAt(second))).toEqual({
      status: 'ready',
      councilVersion: '7',
    });
    const again = postmaster(clusterDir)!;
    // Ctrl-C in a terminal signals the whole process group: PostgreSQL hears it too.
    process.kill(-second.child.pid!, 'SIGINT');
    expect(await second.exited).toBe(0);
    expect(second.output()).toContain('database up to date');
    expect(postmaster(clusterDir)).toBeUndefined();
    await until('PostgreSQL to exit', () => !isAlive(again.pid), 5_000);
  },
);

it('uses the PostgreSQL in DATABASE_URL and starts none of its own', async () => {
  const database = await freshDatabase();
  const server = runServer(['--port', '0', '--data-dir', newDataDir()], {
    DATABASE_URL: database.url,
  });
  expect(await readyBody(await listeningAt(server))).toEqual({
    status: 'ready',
    councilVersion: '0',
  });
  expect(server.output()).not.toContain(new URL(database.url).password);
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
  expect(existsSync(join(dataDir, 'pg'))).toBe(false);
});

it('exits 1 saying why when --database-url cannot be reached', async () => {
  const url = `postgres://postgres:secret@127.0.0.1:${await freePort()}/council`;
  const server = runServer(['--port', '0', '--database-url', url, '--data-dir', newDataDir()]);
  expect(await server.exited).toBe(1);
  expect(server.output()).toMatch(/could not start: connect ECONNREFUSED/);
  expect(server.output()).not.toContain('secret');
});

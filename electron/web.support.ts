// What the browser-mode host's tests share (web*.test.ts): one back end and one host over
// real HTTP for the whole file, started by useWebHost(), and the calls a browser would make.
// `backend`, `host` and `staticDir` are live bindings: set in useWebHost's beforeAll, so a
// test reads them as the file's own variables, as it did when these tests were one file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createTestBackend, type TestBackend } from '../test/support/backend';
import { postToHost } from '../test/support/http-post';
import { sessionCookieFrom, startWebHost, type WebHost, type WebHostOptions } from './web';

export let backend: TestBackend;
export let host: WebHost;
export let staticDir: string;

/** Starts the file's back end and host before its tests, and closes them after. */
export function useWebHost(): void {
  beforeAll(async () => {
    backend = await createTestBackend();
    staticDir = mkdtempSync(join(tmpdir(), 'cc-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Council Contact</title>');
    host = await startWebHost({
      backend: backend.opened.backend,
      events: backend.opened.events,
      staticDir,
    });
  });
  afterAll(async () => {
    await host.close();
    await backend.close();
  });
}

export type Json = {
  ok: boolean;
  error?: { code: string; message: string };
  value?: unknown;
  now?: string;
};

export function post(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
  on: WebHost = host,
) {
  return postToHost(on.url, path, body, headers);
}

/** Signs `username` in and answers the Cookie header that carries the session. */
export async function signIn(username = 'adviser', on: WebHost = host): Promise<string> {
  const response = await post(
    '/api/call/auth.signIn',
    { input: { username, password: 'demo1234' } },
    {},
    on,
  );
  expect(response.json.ok).toBe(true);
  const cookie = sessionCookieFrom(response.headers['set-cookie']);
  expect(cookie).not.toBeNull();
  return cookie!;
}

export async function startHostOn(options: Partial<WebHostOptions> = {}): Promise<WebHost> {
  return startWebHost({
    backend: backend.opened.backend,
    events: backend.opened.events,
    staticDir,
    ...options,
  });
}

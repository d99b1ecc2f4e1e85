// The browser-mode host over real HTTP: it answers the app's own pages and refuses anything
// else (wrong origin, wrong host, no session).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../test/support/backend';
import { startWebHost, type WebHost } from './web';

let backend: TestBackend;
let host: WebHost;

beforeAll(async () => {
  backend = await createTestBackend();
  const staticDir = mkdtempSync(join(tmpdir(), 'cc-static-'));
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

/** node:http rather than fetch, because fetch will not send a forged Host header. */
function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Promise<{
    status: number;
    json: { ok: boolean; error?: { code: string }; value?: unknown };
    headers: Record<string, string | string[] | undefined>;
  }>((resolve, reject) => {
    const url = new URL(path, host.url);
    const req = request(
      url,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: host.url, ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            json: JSON.parse(text) as never,
            headers: res.headers,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('browser-mode host', () => {
  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${host.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Council Contact</title>');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('refuses an API call from another origin', async () => {
    const response = await post(
      '/api/call/auth.signInOptions',
      { input: {} },
      { Origin: 'http://evil.example' },
    );
    expect(response.status).toBe(403);
    expect(response.json.error?.code).toBe('ORIGIN_REFUSED');
  });

  it('refuses an API call with no origin at all (a script, not the app)', async () => {
    const response = await post('/api/call/auth.signInOptions', { input: {} }, { Origin: '' });
    expect(response.json.error?.code).toBe('ORIGIN_REFUSED');
  });

  it('refuses a request for another host name (DNS rebinding)', async () => {
    const response = await post(
      '/api/call/auth.signInOptions',
      { input: {} },
      { Host: 'attacker.example:80' },
    );
    expect(response.json.error?.code).toBe('ORIGIN_REFUSED');
  });

  it('refuses a call without a session, and accepts it with the HttpOnly session cookie', async () => {
    const without = await post('/api/call/contacts.mineToday', { input: {} });
    expect(without.json.error?.code).toBe('UNAUTHENTICATED');

    const signIn = await post('/api/call/auth.signIn', {
      input: { username: 'adviser', password: 'demo1234' },
    });
    expect(signIn.json.ok).toBe(true);
    const cookie = String(signIn.headers['set-cookie']);
    expect(cookie).toMatch(/^cc_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict/);

    const withCookie = await post(
      '/api/call/contacts.mineToday',
      { input: {} },
      { Cookie: cookie.split(';')[0]! },
    );
    expect(withCookie.json.ok).toBe(true);
  });

  it('answers unreadable JSON with a validation error', async () => {
    const response = await new Promise<number>((resolve) => {
      const req = request(
        new URL('/api/call/auth.session', host.url),
        { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: host.url } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.end('{not json');
    });
    expect(response).toBe(400);
  });
});

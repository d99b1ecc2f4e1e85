// The browser-mode host over real HTTP: it answers the app's own pages and refuses anything
// else (wrong origin, wrong host, no session), with the HTTP status each answer stands for.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settableClock } from '../shared/domain/clock';
import { DATABASE_FILE_NAME } from '../db/open';
import { createTestBackend, type TestBackend } from '../test/support/backend';
import { postToHost } from '../test/support/http-post';
import { openBackend } from './api/backend';
import {
  MAX_BODY_BYTES,
  SESSION_COOKIE_PREFIX,
  sessionCookieFrom,
  startWebHost,
  type WebHost,
  type WebHostOptions,
} from './web';

let backend: TestBackend;
let host: WebHost;
let staticDir: string;

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

type Json = {
  ok: boolean;
  error?: { code: string; message: string };
  value?: unknown;
  now?: string;
};

function post(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
  on: WebHost = host,
) {
  return postToHost(on.url, path, body, headers);
}

/** Signs `username` in and answers the Cookie header that carries the session. */
async function signIn(username = 'adviser', on: WebHost = host): Promise<string> {
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

/** An open /api/events stream: its status, and the events it delivers, one at a time. */
interface EventStream {
  status: number;
  body: Json | null;
  /** The next event's name and data (comments skipped); rejects after `ms`. */
  next(ms?: number): Promise<{ event: string; data: unknown }>;
  /** Resolves when the host ends the stream. */
  ended: Promise<void>;
  close(): void;
}

function openEvents(headers: Record<string, string>): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const req = request(new URL('/api/events', host.url), { headers }, (res: IncomingMessage) => {
      if (res.statusCode !== 200) {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(text) as Json,
            next: () => Promise.reject(new Error('no stream')),
            ended: Promise.resolve(),
            close: () => req.destroy(),
          }),
        );
        return;
      }
      let buffer = '';
      const blocks: string[] = [];
      let wake: (() => void) | undefined;
      res.on('data', (c: Buffer) => {
        buffer += c.toString();
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!block.startsWith(':')) blocks.push(block);
        }
        wake?.();
      });
      const ended = new Promise<void>((done) => res.on('end', done));
      resolve({
        status: 200,
        body: null,
        ended,
        close: () => req.destroy(),
        async next(ms = 2_000) {
          const deadline = Date.now() + ms;
          while (blocks.length === 0) {
            if (Date.now() > deadline) throw new Error('no event arrived');
            await new Promise<void>((wakeUp) => {
              wake = wakeUp;
              setTimeout(wakeUp, 50);
            });
          }
          const block = blocks.shift()!;
          const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
          const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null') as unknown;
          return { event, data };
        },
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** What Chromium sends for the page's own `new EventSource('/api/events')`: no Origin. */
function sameOriginEventSource(cookie: string): Record<string, string> {
  return {
    Cookie: cookie,
    Accept: 'text/event-stream',
    'Sec-Fetch-Site': 'same-origin',
    'Sec-Fetch-Mode': 'cors',
  };
}

async function startHostOn(options: Partial<WebHostOptions> = {}): Promise<WebHost> {
  return startWebHost({
    backend: backend.opened.backend,
    events: backend.opened.events,
    staticDir,
    ...options,
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
    expect(cookie).toMatch(/^cc_session_[0-9a-f]{12}=[^;]+; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(cookie.startsWith(`${host.sessionCookie}=`)).toBe(true);

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

  it('answers a page opened at http://localhost:PORT as the same app', async () => {
    const localhost = host.url.replace('127.0.0.1', 'localhost');
    const page = await new Promise<number>((resolve, reject) => {
      request(new URL('/', host.url), { headers: { Host: new URL(localhost).host } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(page).toBe(200);

    const call = await post(
      '/api/call/auth.signInOptions',
      { input: {} },
      { Host: new URL(localhost).host, Origin: localhost },
    );
    expect(call.status).toBe(200);
    expect(call.json.ok).toBe(true);
    // Still one origin per request: a localhost page calling 127.0.0.1 is another origin.
    const crossed = await post(
      '/api/call/auth.signInOptions',
      { input: {} },
      { Origin: localhost },
    );
    expect(crossed.status).toBe(403);
    expect(crossed.json.error?.code).toBe('ORIGIN_REFUSED');
  });
});

describe('session cookie', () => {
  it('is named for this host alone, so another host on the same computer never reads it', async () => {
    expect(host.sessionCookie).toMatch(new RegExp(`^${SESSION_COOKIE_PREFIX}[0-9a-f]{12}$`));
    const other = await startHostOn();
    try {
      expect(other.sessionCookie).not.toBe(host.sessionCookie);
      const cookie = await signIn('adviser');
      // The browser sends cookies to every port of 127.0.0.1 (RFC 6265 §8.5); this one is
      // sent to the other host too, even sharing a back end, and means nothing there.
      const there = await post(
        '/api/call/contacts.mineToday',
        { input: {} },
        { Cookie: cookie },
        other,
      );
      expect(there.status).toBe(401);
      expect(there.json.error?.code).toBe('UNAUTHENTICATED');
      const here = await post('/api/call/contacts.mineToday', { input: {} }, { Cookie: cookie });
      expect(here.json.ok).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('is found in a Set-Cookie header by sessionCookieFrom, as fetch or node:http give it', () => {
    const name = `${SESSION_COOKIE_PREFIX}0123456789ab`;
    const set = `${name}=tok-en_1; Path=/; HttpOnly; SameSite=Strict`;
    expect(sessionCookieFrom(set)).toBe(`${name}=tok-en_1`);
    expect(sessionCookieFrom([`other=1; Path=/`, set])).toBe(`${name}=tok-en_1`);
    expect(sessionCookieFrom(`other=1; Path=/, ${set}`)).toBe(`${name}=tok-en_1`);
    expect(sessionCookieFrom(`${name}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`)).toBe(
      `${name}=`,
    );
    expect(sessionCookieFrom(null)).toBeNull();
    expect(sessionCookieFrom('cc_session=old; Path=/')).toBeNull();
  });
});

describe('HTTP status of each API answer (the body stays { ok, error: { code, message } })', () => {
  it('200 for a success', async () => {
    const response = await post('/api/call/auth.signInOptions', { input: {} });
    expect(response.status).toBe(200);
    expect(response.json.ok).toBe(true);
  });

  it('400 for VALIDATION', async () => {
    const response = await post('/api/call/auth.signIn', { input: {} });
    expect(response.status).toBe(400);
    expect(response.json.ok).toBe(false);
    expect(response.json.error?.code).toBe('VALIDATION');
    expect(response.json.error?.message).toBeTruthy();
  });

  it('401 with a challenge for UNAUTHENTICATED, signed out or with wrong details', async () => {
    const signedOut = await post('/api/call/contacts.mineToday', { input: {} });
    expect(signedOut.status).toBe(401);
    expect(signedOut.json.error?.code).toBe('UNAUTHENTICATED');
    expect(signedOut.headers['www-authenticate']).toBe('Session realm="Council Contact"');
    const wrong = await post('/api/call/auth.signIn', {
      input: { username: 'adviser', password: 'not the password' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.json.error?.code).toBe('UNAUTHENTICATED');
  });

  it('401 for LOCKED: the password is needed again', async () => {
    const cookie = await signIn('adviser');
    expect((await post('/api/call/auth.lock', { input: {} }, { Cookie: cookie })).status).toBe(200);
    const locked = await post('/api/call/contacts.mineToday', { input: {} }, { Cookie: cookie });
    expect(locked.status).toBe(401);
    expect(locked.json.error?.code).toBe('LOCKED');
  });

  it('403 for FORBIDDEN', async () => {
    const cookie = await signIn('adviser');
    const response = await post(
      '/api/call/settings.updateGeneral',
      { input: { councilName: 'Demo Borough Council', lockAfterMinutes: 5, fcrTargetPercent: 80 } },
      { Cookie: cookie },
    );
    expect(response.status).toBe(403);
    expect(response.json.error?.code).toBe('FORBIDDEN');
  });

  it('404 for UNKNOWN_METHOD and NOT_FOUND', async () => {
    const unknown = await post('/api/call/no.such', { input: {} });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error?.code).toBe('UNKNOWN_METHOD');
    const nowhere = await post('/api/nothing', { input: {} });
    expect(nowhere.status).toBe(404);
    expect(nowhere.json.error?.code).toBe('UNKNOWN_METHOD');

    const cookie = await signIn('adviser');
    const missing = await post(
      '/api/call/handOffs.get',
      { input: { id: '01890a5d-ac96-774b-bcce-b302099a8057' } },
      { Cookie: cookie },
    );
    expect(missing.status).toBe(404);
    expect(missing.json.error?.code).toBe('NOT_FOUND');
  });

  it('409 for CONFLICT', async () => {
    const cookie = await signIn('adviser');
    const reference = await post('/api/call/reference.list', { input: {} }, { Cookie: cookie });
    const services = (reference.json.value as { services: { id: string; name: string }[] })
      .services;
    const logged = await post(
      '/api/call/correspondence.log',
      {
        input: {
          channel: 'letter',
          receivedAt: '2026-11-20T10:00:00Z',
          serviceId: services.find((s) => s.name === 'Council Tax')!.id,
          subject: 'Disputes bill',
          senderAddress: '12 High Street, WA8 7QA',
        },
      },
      { Cookie: cookie },
    );
    expect(logged.status).toBe(200);
    const reopen = await post(
      '/api/call/correspondence.reopen',
      { input: { id: (logged.json.value as { id: string }).id, reason: 'Asked again' } },
      { Cookie: cookie },
    );
    expect(reopen.status).toBe(409); // it is open already
    expect(reopen.json.error?.code).toBe('CONFLICT');
  });

  it('405 for a method the address does not take, 413 for too large, 415 for not JSON', async () => {
    const get = await new Promise<{ status: number; allow: string | undefined; json: Json }>(
      (resolve) => {
        request(
          new URL('/api/call/auth.session', host.url),
          { headers: { Origin: host.url } },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                allow: res.headers.allow,
                json: JSON.parse(text) as Json,
              }),
            );
          },
        ).end();
      },
    );
    expect(get.status).toBe(405);
    expect(get.allow).toBe('POST');

    const huge = await post('/api/call/calls.import', `{"input":"${'a'.repeat(MAX_BODY_BYTES)}"}`);
    expect(huge.status).toBe(413);
    expect(huge.json.error?.code).toBe('VALIDATION');

    const text = await post('/api/call/auth.session', '{"input":{}}', {
      'Content-Type': 'text/plain',
    });
    expect(text.status).toBe(415);
    expect(text.json.error?.code).toBe('VALIDATION');
  });

  it('500 for INTERNAL: the database went away under a running host', async () => {
    const broken = await createTestBackend();
    const brokenHost = await startWebHost({
      backend: broken.opened.backend,
      events: broken.opened.events,
      staticDir,
    });
    try {
      broken.opened.database!.sqlite.close();
      const response = await post('/api/call/auth.signInOptions', { input: {} }, {}, brokenHost);
      expect(response.status).toBe(500);
      expect(response.json.error?.code).toBe('INTERNAL');
    } finally {
      await brokenHost.close();
      await broken.close().catch(() => undefined); // its database is already closed
    }
  });

  it('503 for DATABASE: a database that cannot be opened', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cc-unopenable-'));
    mkdirSync(join(dataDir, DATABASE_FILE_NAME)); // a folder where the file should be
    const opened = await openBackend({ dataDir });
    const unopenable = await startWebHost({
      backend: opened.backend,
      events: opened.events,
      staticDir,
    });
    try {
      const response = await post('/api/call/auth.signInOptions', { input: {} }, {}, unopenable);
      expect(response.status).toBe(503);
      expect(response.json.error?.code).toBe('DATABASE');
    } finally {
      await unopenable.close();
      await opened.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('events stream (/api/events)', () => {
  it('accepts the page’s own EventSource, which sends no Origin, and delivers events', async () => {
    const stream = await openEvents(sameOriginEventSource(await signIn('adviser')));
    try {
      expect(stream.status).toBe(200);
      backend.opened.events.emit('queue.changed', { siteId: 'x' });
      expect(await stream.next()).toEqual({ event: 'queue.changed', data: { siteId: 'x' } });
    } finally {
      stream.close();
    }
  });

  it('refuses another origin (403) even with the session cookie, and anyone without one (401)', async () => {
    const cookie = await signIn('adviser');
    const foreign = await openEvents({ Cookie: cookie, Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body?.error?.code).toBe('ORIGIN_REFUSED');
    // Another port of 127.0.0.1 is the same site (so SameSite sends the cookie) but not the same origin.
    const otherPort = await openEvents({ Cookie: cookie, 'Sec-Fetch-Site': 'same-site' });
    expect(otherPort.status).toBe(403);
    const crossSite = await openEvents({ Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const otherHost = await openEvents({ Cookie: cookie, Host: 'attacker.example' });
    expect(otherHost.status).toBe(403);

    const none = await openEvents({});
    expect(none.status).toBe(401);
    expect(none.body?.error?.code).toBe('UNAUTHENTICATED');
  });

  it('sends nothing while the session is locked, and resumes once it is unlocked', async () => {
    const cookie = await signIn('adviser');
    const stream = await openEvents(sameOriginEventSource(cookie));
    try {
      await post('/api/call/auth.lock', { input: {} }, { Cookie: cookie });
      backend.opened.events.emit('contacts.changed', { id: 'while locked' });

      const reopened = await openEvents(sameOriginEventSource(cookie));
      expect(reopened.status).toBe(401);
      expect(reopened.body?.error?.code).toBe('LOCKED');

      const unlock = await post(
        '/api/call/auth.unlock',
        { input: { password: 'demo1234' } },
        { Cookie: cookie },
      );
      expect(unlock.json.ok).toBe(true);
      backend.opened.events.emit('contacts.changed', { id: 'unlocked' });
      expect(await stream.next()).toEqual({
        event: 'contacts.changed',
        data: { id: 'unlocked' },
      });
    } finally {
      stream.close();
    }
  });

  it('sends nothing once the session has been idle past the lock time', async () => {
    const cookie = await signIn('adviser');
    const stream = await openEvents(sameOriginEventSource(cookie));
    try {
      backend.clock.advance(6 * 60_000); // the demo council locks after 5 idle minutes
      backend.opened.events.emit('queue.changed', { siteId: 'idle' });
      await expect(stream.next(500)).rejects.toThrow('no event arrived');
      const call = await post('/api/call/contacts.mineToday', { input: {} }, { Cookie: cookie });
      expect(call.json.error?.code).toBe('LOCKED');
    } finally {
      stream.close();
    }
  });

  it('ends when the session signs out', async () => {
    const cookie = await signIn('adviser');
    const stream = await openEvents(sameOriginEventSource(cookie));
    await post('/api/call/auth.signOut', { input: {} }, { Cookie: cookie });
    backend.opened.events.emit('queue.changed', null);
    await stream.ended;
    const again = await openEvents(sameOriginEventSource(cookie));
    expect(again.status).toBe(401);
  });
});

describe('test clock (/test/clock)', () => {
  let clockHost: WebHost;
  const clock = settableClock('2026-11-23T10:00:00Z');
  beforeAll(async () => {
    clockHost = await startHostOn({ testClock: clock });
  });
  afterAll(async () => {
    await clockHost.close();
  });

  it('is moved by the tests’ Node fetch, which sends no Origin', async () => {
    const response = await fetch(`${clockHost.url}/test/clock`, {
      method: 'POST',
      body: JSON.stringify({ advanceMs: 60_000 }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as Json).now).toBe('2026-11-23T10:01:00.000Z');
  });

  it('refuses another origin, another site and another host, and leaves the clock alone', async () => {
    const before = clock.now().toISOString();
    const foreign = await post(
      '/test/clock',
      { set: '2030-01-01T00:00:00Z' },
      { Origin: 'http://evil.example', 'Content-Type': 'text/plain' },
      clockHost,
    );
    expect(foreign.status).toBe(403);
    expect(foreign.json.error?.code).toBe('ORIGIN_REFUSED');
    const otherPort = await post(
      '/test/clock',
      { set: '2030-01-01T00:00:00Z' },
      { Origin: '', 'Sec-Fetch-Site': 'same-site' },
      clockHost,
    );
    expect(otherPort.status).toBe(403);
    const rebound = await post(
      '/test/clock',
      { set: '2030-01-01T00:00:00Z' },
      { Origin: '', Host: 'attacker.example' },
      clockHost,
    );
    expect(rebound.status).toBe(403);
    expect(clock.now().toISOString()).toBe(before);
  });

  it('is not there at all without a test clock', async () => {
    const response = await post('/test/clock', { advanceMs: 1 }, { Origin: '' });
    expect(response.status).toBe(405); // the renderer's pages take GET only
  });
});

// The browser-mode host over real HTTP: it answers the app's own pages and refuses anything
// else (wrong origin, wrong host, no session), and names its session cookie for itself. The
// HTTP status of each answer is in web-status.test.ts, the events stream in
// web-events.test.ts, the test clock in web-test-clock.test.ts; their shared host in
// web.support.ts.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE_PREFIX, sessionCookieFrom } from './web';
import { host, post, signIn, startHostOn, useWebHost } from './web.support';

useWebHost();

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

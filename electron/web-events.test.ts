// The browser-mode host's events stream (/api/events) over real HTTP: the page's own
// EventSource is let in and others refused, and a locked, idle or ended session hears nothing.
import { request, type IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { backend, host, post, signIn, useWebHost, type Json } from './web.support';

useWebHost();

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

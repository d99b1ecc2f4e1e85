// The browser-mode host's test clock (/test/clock): moved by the tests' own fetch, refused
// to anyone else, and absent from a host started without one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settableClock } from '../shared/domain/clock';
import type { WebHost } from './web';
import { post, startHostOn, useWebHost, type Json } from './web.support';

useWebHost();

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

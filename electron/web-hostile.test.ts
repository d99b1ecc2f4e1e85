// The browser-mode host against hostile and broken requests, sent byte for byte over a raw
// socket (node:net), because node:http and fetch refuse to send most of them. Any program on
// the computer, or a web page through the browser, can send these without signing in, so
// each one must be answered with a 4xx and leave the host answering the next request.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settableClock } from '../shared/domain/clock';
import { createTestBackend, type TestBackend } from '../test/support/backend';
import { MAX_BODY_BYTES, startWebHost, type WebHost } from './web';

let backend: TestBackend;
let host: WebHost;
let port: number;
let authority: string;

beforeAll(async () => {
  backend = await createTestBackend();
  const staticDir = mkdtempSync(join(tmpdir(), 'cc-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Council Contact</title>');
  host = await startWebHost({
    backend: backend.opened.backend,
    events: backend.opened.events,
    staticDir,
    testClock: settableClock('2026-11-23T10:00:00Z'),
  });
  port = Number(new URL(host.url).port);
  authority = `127.0.0.1:${port}`;
});
afterAll(async () => {
  await host.close();
  await backend.close();
});

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The complete responses at the start of `data` (HTTP/1.1 framing, RFC 9112 §6). */
function parseResponses(data: Buffer, closed: boolean): RawResponse[] {
  const responses: RawResponse[] = [];
  let at = 0;
  for (;;) {
    const headEnd = data.indexOf('\r\n\r\n', at);
    if (headEnd < 0) return responses;
    const [statusLine = '', ...lines] = data.subarray(at, headEnd).toString('latin1').split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
    let body: Buffer;
    let next = headEnd + 4;
    if (headers['transfer-encoding'] === 'chunked') {
      const chunks: Buffer[] = [];
      for (;;) {
        const sizeEnd = data.indexOf('\r\n', next);
        if (sizeEnd < 0) return responses;
        const size = parseInt(data.subarray(next, sizeEnd).toString('latin1'), 16);
        if (data.length < sizeEnd + 2 + size + 2) return responses;
        chunks.push(data.subarray(sizeEnd + 2, sizeEnd + 2 + size));
        next = sizeEnd + 2 + size + 2;
        if (size === 0) break;
      }
      body = Buffer.concat(chunks);
    } else if (headers['content-length'] !== undefined) {
      const length = Number(headers['content-length']);
      if (data.length < next + length) return responses;
      body = data.subarray(next, next + length);
      next += length;
    } else {
      if (!closed) return responses; // the body runs to the end of the connection
      body = data.subarray(next);
      next = data.length;
    }
    responses.push({ status, headers, body: body.toString('utf8') });
    at = next;
  }
}

/**
 * Writes `parts` to one connection in order and collects what comes back until `expected`
 * responses have arrived, the server closes the connection, or 5 s pass (a host that died or
 * hung answers nothing, and the test's status check fails).
 */
function exchange(
  parts: (string | Buffer)[],
  expected = 1,
): Promise<{ responses: RawResponse[]; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    let closed = false;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ responses: parseResponses(Buffer.concat(received), closed), closed });
    };
    const timer = setTimeout(finish, 5_000);
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk);
      if (parseResponses(Buffer.concat(received), false).length >= expected) finish();
    });
    socket.on('close', () => {
      closed = true;
      finish();
    });
    socket.on('error', () => {
      closed = true;
    });
    socket.on('connect', () => {
      for (const part of parts) socket.write(part);
    });
  });
}

async function statusOf(request: string): Promise<number> {
  const { responses } = await exchange([request]);
  return responses[0]?.status ?? 0;
}

/** A normal request still answered: the host did not die or hang. */
async function expectStillAnswering(): Promise<void> {
  const response = await fetch(`${host.url}/`);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('<title>Council Contact</title>');
}

const getIndex = () => `GET / HTTP/1.1\r\nHost: ${authority}\r\n\r\n`;

function apiCall(method: string, body: string, extraHeaders = ''): string {
  return (
    `POST /api/call/${method} HTTP/1.1\r\nHost: ${authority}\r\nOrigin: http://${authority}\r\n` +
    `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
    `${extraHeaders}\r\n${body}`
  );
}

describe('browser-mode host under hostile requests', () => {
  it('refuses an absolute-form request target that is not a URL (GET http://[/) with 400', async () => {
    expect(await statusOf(`GET http://[/ HTTP/1.1\r\nHost: ${authority}\r\n\r\n`)).toBe(400);
    await expectStillAnswering();
  });

  it('reads an origin-form target that looks like an authority (GET //[) as a path', async () => {
    // `new URL('//[', base)` throws (a host "[" after "//"), but in a request line it is a
    // path (RFC 9112 §3.2.1), here the single-page app's.
    expect(await statusOf(`GET //[ HTTP/1.1\r\nHost: ${authority}\r\n\r\n`)).toBe(200);
    await expectStillAnswering();
  });

  it('judges an absolute-form target by its own host, not the Host header (RFC 9112 §3.2.2)', async () => {
    const request = apiCall('auth.signInOptions', '{"input":{}}').replace(
      'POST /api/call/auth.signInOptions',
      'POST http://attacker.example/api/call/auth.signInOptions',
    );
    const { responses } = await exchange([request]);
    expect(responses[0]?.status).toBe(403);
    expect(JSON.parse(responses[0]!.body)).toMatchObject({
      ok: false,
      error: { code: 'ORIGIN_REFUSED' },
    });
    // Our own authority in absolute form is the same as origin-form.
    const ours = apiCall('auth.signInOptions', '{"input":{}}').replace(
      'POST /api/call/',
      `POST http://${authority}/api/call/`,
    );
    expect((await exchange([ours])).responses[0]?.status).toBe(200);
  });

  it('refuses broken percent-encoding in the path with 400, for pages and the API', async () => {
    expect(await statusOf(`GET /%E0%A4%A HTTP/1.1\r\nHost: ${authority}\r\n\r\n`)).toBe(400);
    expect(await statusOf(`GET /assets/%ZZ.js HTTP/1.1\r\nHost: ${authority}\r\n\r\n`)).toBe(400);
    expect(await statusOf(apiCall('auth.%E0%A4%A', '{"input":{}}'))).toBe(400);
    await expectStillAnswering();
  });

  it('refuses a session cookie whose percent-encoding is broken with 400', async () => {
    const badCookie = `Cookie: ${host.sessionCookie}=%\r\n`;
    const { responses } = await exchange([apiCall('auth.session', '{"input":{}}', badCookie)]);
    expect(responses[0]?.status).toBe(400);
    expect(JSON.parse(responses[0]!.body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    // …and removed, so that signing in again is not refused too.
    expect(responses[0]?.headers['set-cookie']).toBe(
      `${host.sessionCookie}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`,
    );
    const events = `GET /api/events HTTP/1.1\r\nHost: ${authority}\r\n${badCookie}\r\n`;
    expect(await statusOf(events)).toBe(400);
    await expectStillAnswering();
  });

  it('survives a broken cookie under the old shared name (cc_session=%) that another local service could set', async () => {
    // Another program on 127.0.0.1 can set this cookie for every port (RFC 6265 §8.5: cookies
    // do not isolate ports), and it comes back after every restart.
    const { responses } = await exchange([
      apiCall('auth.session', '{"input":{}}', 'Cookie: cc_session=%; other=%%\r\n'),
    ]);
    expect(responses[0]?.status).toBe(200); // not our cookie: ignored, no session
    expect(JSON.parse(responses[0]!.body)).toEqual({ ok: true, value: null });
    await expectStillAnswering();
  });

  it('refuses a huge header block with 431', async () => {
    const huge = `GET / HTTP/1.1\r\nHost: ${authority}\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`;
    expect(await statusOf(huge)).toBe(431);
    await expectStillAnswering();
  });

  it('answers an oversize body with 413 and then the next request on the same connection', async () => {
    const oversize = Buffer.alloc(MAX_BODY_BYTES + 1, 'a');
    const head =
      `POST /api/call/calls.import HTTP/1.1\r\nHost: ${authority}\r\nOrigin: http://${authority}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${oversize.length}\r\n\r\n`;
    const { responses } = await exchange([head, oversize, getIndex()], 2);
    expect(responses.map((r) => r.status)).toEqual([413, 200]);
    expect(JSON.parse(responses[0]!.body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(responses[1]!.body).toContain('<title>Council Contact</title>');
  });

  it('answers an oversize chunked body with 413 and then the next request on the same connection', async () => {
    const chunk = Buffer.alloc(1_000_000, 'a');
    const chunks: (string | Buffer)[] = [];
    for (let sent = 0; sent <= MAX_BODY_BYTES; sent += chunk.length)
      chunks.push(`${chunk.length.toString(16)}\r\n`, chunk, '\r\n');
    const head =
      `POST /api/call/calls.import HTTP/1.1\r\nHost: ${authority}\r\nOrigin: http://${authority}\r\n` +
      `Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const { responses } = await exchange([head, ...chunks, '0\r\n\r\n', getIndex()], 2);
    expect(responses.map((r) => r.status)).toEqual([413, 200]);
  });

  it('answers an absurd declared length at once with 413 and closes the connection', async () => {
    const head =
      `POST /api/call/calls.import HTTP/1.1\r\nHost: ${authority}\r\nOrigin: http://${authority}\r\n` +
      `Content-Type: application/json\r\nContent-Length: 10000000000\r\n\r\n{"input":`;
    const { responses, closed } = await exchange([head], Infinity); // until the host closes
    expect(responses[0]?.status).toBe(413);
    expect(responses[0]?.headers.connection).toBe('close');
    expect(closed).toBe(true);
    await expectStillAnswering();
  });

  it('refuses a garbage request line with 400', async () => {
    expect(await statusOf('\u0001\u0002 garbage\r\n\r\n')).toBe(400);
    expect(await statusOf('GET\r\n\r\n')).toBe(400);
    await expectStillAnswering();
  });

  it('refuses an unknown HTTP method with 4xx, and a known one the API does not take with 405', async () => {
    expect(await statusOf(`BREW / HTTP/1.1\r\nHost: ${authority}\r\n\r\n`)).toBe(400);
    const { responses } = await exchange([
      `PUT /api/call/auth.session HTTP/1.1\r\nHost: ${authority}\r\nOrigin: http://${authority}\r\n` +
        'Content-Length: 0\r\n\r\n',
    ]);
    expect(responses[0]?.status).toBe(405);
    expect(responses[0]?.headers.allow).toBe('POST');
    await expectStillAnswering();
  });

  it('refuses a request without a Host header (HTTP/1.0) with 403', async () => {
    expect(await statusOf('GET / HTTP/1.0\r\n\r\n')).toBe(403);
    await expectStillAnswering();
  });

  it('refuses a test-clock body that is not JSON, or not a time, with 400', async () => {
    const clockPost = (body: string) =>
      `POST /test/clock HTTP/1.1\r\nHost: ${authority}\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    expect(await statusOf(clockPost('{not json'))).toBe(400);
    expect(await statusOf(clockPost('{"set":"not a time"}'))).toBe(400);
    expect(await statusOf(clockPost('{"advanceMs":"soon"}'))).toBe(400);
    expect(await statusOf(clockPost('[1]'))).toBe(400);
    await expectStillAnswering();
  });
});

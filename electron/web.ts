// Browser mode: the same API over HTTP on 127.0.0.1, serving the built renderer. Used where
// the Electron binary is absent and by the end-to-end tests. Only the app's own pages may
// call it: the Origin and Host must be this server's, and every method but sign-in needs
// the session cookie (SameSite=Strict, HttpOnly).
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { SettableClock } from '../shared/domain/clock';
import { dispatch, type ApiBackend } from './api/dispatch';
import type { EventBus } from './api/events';
import { rendererFile, SECURITY_HEADERS } from './renderer-files';

export const SESSION_COOKIE = 'cc_session';
/** A month of call records from a busy switch (calls.import takes up to 10 MB of CSV), as JSON. */
const MAX_BODY_BYTES = 12_000_000;

export interface WebHostOptions {
  backend: ApiBackend;
  events: EventBus;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  port?: number;
  /**
   * End-to-end tests only: a clock they may move with `POST /test/clock`
   * (`{ "advanceMs": 660000 }` or `{ "set": "2026-11-23T10:00:00Z" }`). Absent in normal use.
   */
  testClock?: SettableClock;
}

export interface WebHost {
  url: string;
  close(): Promise<void>;
}

function readCookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | string[]> = {},
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, message: string): void {
  sendJson(res, 403, { ok: false, error: { code: 'ORIGIN_REFUSED', message } });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function serveStatic(root: string, pathname: string, res: ServerResponse): void {
  const found = rendererFile(root, pathname);
  if (found.kind === 'refused') return void sendJson(res, 404, { error: 'not found' });
  if (found.kind === 'missing') {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(
      'The app has not been built yet. Run `npm run build:renderer` (npm run web does it for you).',
    );
    return;
  }
  const cache = found.immutable ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': found.contentType,
    'Cache-Control': cache,
  });
  createReadStream(found.file).pipe(res);
}

export function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const root = resolve(options.staticDir);
  let origin = '';
  const allowedHosts = new Set<string>();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    // Refuse any Host but our own: stops DNS-rebinding pages reaching the API.
    if (!allowedHosts.has(req.headers.host ?? ''))
      return refuse(res, 'This server answers only the Council Contact app on this computer.');

    if (url.pathname === '/test/clock' && options.testClock && req.method === 'POST') {
      void moveTestClock(options.testClock, req, res);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.headers.origin !== origin)
        return refuse(res, 'Requests must come from the Council Contact app itself.');
      if (url.pathname === '/api/events' && req.method === 'GET') return streamEvents(req, res);
      const match = /^\/api\/call\/([a-zA-Z.]+)$/.exec(url.pathname);
      if (!match || req.method !== 'POST')
        return sendJson(res, 404, {
          ok: false,
          error: { code: 'UNKNOWN_METHOD', message: 'Unknown API address.' },
        });
      if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
        return refuse(res, 'API calls must send JSON.');
      void handleCall(match[1]!, req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendJson(res, 405, { error: 'method not allowed' });
    serveStatic(root, url.pathname, res);
  });

  async function handleCall(
    method: string,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body ? (JSON.parse(body) as { input?: unknown }).input : undefined;
    } catch {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'VALIDATION', message: 'The request could not be read.' },
      });
    }
    const token = readCookie(req, SESSION_COOKIE);
    const { result, token: issued } = await dispatch(options.backend, { method, input, token });
    const headers: Record<string, string> = {};
    if (issued !== undefined) {
      headers['Set-Cookie'] =
        issued === null
          ? `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`
          : `${SESSION_COOKIE}=${encodeURIComponent(issued)}; Path=/; HttpOnly; SameSite=Strict`;
    }
    sendJson(res, 200, result, headers);
  }

  async function moveTestClock(
    clock: SettableClock,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const body = JSON.parse((await readBody(req)) || '{}') as { advanceMs?: number; set?: string };
    if (body.set) clock.set(body.set);
    if (body.advanceMs) clock.advance(body.advanceMs);
    options.events.emit('queue.changed', null);
    sendJson(res, 200, { now: clock.now().toISOString() });
  }

  function streamEvents(req: IncomingMessage, res: ServerResponse): void {
    const { backend } = options;
    const token = readCookie(req, SESSION_COOKIE);
    if (
      !backend.ctx ||
      !token ||
      !backend.ctx.sessions.get(token, backend.ctx.clock.now(), Number.POSITIVE_INFINITY)
    ) {
      return sendJson(res, 401, {
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' },
      });
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const unsubscribe = options.events.subscribe((event) => {
      res.write(`event: ${event.name}\ndata: ${JSON.stringify(event.payload ?? null)}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      origin = `http://127.0.0.1:${port}`;
      allowedHosts.add(`127.0.0.1:${port}`).add(`localhost:${port}`);
      resolvePromise({
        url: origin,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

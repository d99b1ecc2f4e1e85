// Browser mode: the same API over HTTP on 127.0.0.1, serving the built renderer. Used where
// the Electron binary is absent and by the end-to-end tests. Only the app's own pages may
// call it: the Host (or an absolute-form target's authority) must be this server's, the
// Origin must be too, and every method but sign-in needs the session cookie (SameSite=Strict,
// HttpOnly). Anyone on the computer can send it anything, signed in or not, so nothing a
// request carries may throw past the handler: every parse is guarded, a malformed request
// gets 400, and a fault in the host itself gets 500 while the host keeps running.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Result, SessionInfo } from '../shared/api';
import type { SettableClock } from '../shared/domain/clock';
import { dispatch, type ApiBackend } from './api/dispatch';
import type { EventBus } from './api/events';
import { SECURITY_HEADERS } from './renderer-files';
import {
  BadRequest,
  expiredCookie,
  fromOwnPage,
  parseJsonObject,
  parseTarget,
  readBody,
  readCookie,
  SESSION_COOKIE_PREFIX,
} from './web-request';
import {
  refuse,
  sendError,
  sendJson,
  sendResult,
  serveStatic,
  tooLarge,
  wrongMethod,
} from './web-response';

export { MAX_BODY_BYTES, SESSION_COOKIE_PREFIX, sessionCookieFrom } from './web-request';

/** A comment line keeps proxies and the browser from timing the stream out. */
const EVENTS_KEEP_ALIVE_MS = 25_000;

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
  /** This host's session cookie name: SESSION_COOKIE_PREFIX and a random part. */
  sessionCookie: string;
  close(): Promise<void>;
}

/**
 * Whether `token` names a session that may still be used, and whether it is locked, as the
 * shared dispatch judges it (idle lock, and whatever else ends a session there): asked
 * through the public `auth.session` method, which does not count as activity.
 */
async function sessionState(
  backend: ApiBackend,
  token: string | null,
): Promise<{ state: 'none' | 'locked' | 'active' } | { failed: Result<never> }> {
  const { result } = await dispatch(backend, { method: 'auth.session', input: {}, token });
  if (!result.ok) return { failed: result };
  const session = result.value as SessionInfo | null;
  if (!session) return { state: 'none' };
  return { state: session.locked ? 'locked' : 'active' };
}

export function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const root = resolve(options.staticDir);
  const sessionCookie = `${SESSION_COOKIE_PREFIX}${randomBytes(6).toString('hex')}`;
  /** `127.0.0.1:port` and `localhost:port`: the names this server answers to. */
  const allowedHosts = new Set<string>();

  /** Answers a request whose handling threw: 400 for a bad request, else 500 (and logs it). */
  function answerFailure(res: ServerResponse, error: unknown): void {
    if (!(error instanceof BadRequest)) console.error('[web] request failed', error);
    if (res.headersSent) return void res.destroy();
    if (error instanceof BadRequest)
      return sendError(res, 400, 'VALIDATION', error.message, error.headers);
    sendError(
      res,
      500,
      'INTERNAL',
      'Something went wrong and nothing was saved. Try again; if it keeps happening, tell your team leader.',
    );
  }

  function route(req: IncomingMessage, res: ServerResponse): void | Promise<void> {
    const target = parseTarget(req.url ?? '');
    // RFC 9112 §3.2.2: with an absolute-form target the Host header is ignored for its own.
    const authority = target.authority ?? (req.headers.host ?? '').toLowerCase();
    // Refuse any host but our own: stops DNS-rebinding pages reaching the API.
    if (!allowedHosts.has(authority))
      return refuse(res, 'This server answers only the Council Contact app on this computer.');
    const origin = `http://${authority}`;
    const { pathname } = target;

    if (pathname === '/test/clock' && options.testClock) {
      if (!fromOwnPage(req, origin, false))
        return refuse(res, 'Only the tests on this computer may move the clock.');
      if (req.method !== 'POST') return wrongMethod(res, 'POST');
      return moveTestClock(options.testClock, req, res);
    }
    if (pathname === '/api/events') {
      if (!fromOwnPage(req, origin, false))
        return refuse(res, 'Requests must come from the Council Contact app itself.');
      if (req.method !== 'GET') return wrongMethod(res, 'GET');
      return streamEvents(req, res);
    }
    if (pathname.startsWith('/api/')) {
      if (!fromOwnPage(req, origin, true))
        return refuse(res, 'Requests must come from the Council Contact app itself.');
      const match = /^\/api\/call\/([a-zA-Z.]+)$/.exec(pathname);
      if (!match) return sendError(res, 404, 'UNKNOWN_METHOD', 'Unknown API address.');
      if (req.method !== 'POST') return wrongMethod(res, 'POST');
      // JSON only: a cross-site form can send text/plain without asking first; JSON needs a
      // CORS preflight this host never grants. Media types are case-insensitive (RFC 9110 §8.3.1).
      const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (mediaType !== 'application/json')
        return sendError(res, 415, 'VALIDATION', 'API calls must send JSON.');
      return handleCall(match[1]!, req, res);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return wrongMethod(res, 'GET, HEAD');
    serveStatic(root, pathname, res);
  }

  const server = createServer((req, res) => {
    try {
      const pending = route(req, res);
      if (pending) pending.catch((error: unknown) => answerFailure(res, error));
    } catch (error) {
      answerFailure(res, error);
    }
  });

  async function handleCall(
    method: string,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const token = readCookie(req, sessionCookie); // before the body: a bad cookie is refused unread
    const body = await readBody(req);
    if (body.kind === 'too-large') return tooLarge(res, body.close);
    const request = body.text ? parseJsonObject(body.text) : {};
    const mutationId = typeof request.mutationId === 'string' ? request.mutationId : undefined;
    const { result, token: issued } = await dispatch(options.backend, {
      method,
      input: request.input,
      token,
      mutationId,
    });
    const headers: Record<string, string> = {};
    if (issued !== undefined) {
      headers['Set-Cookie'] =
        issued === null
          ? expiredCookie(sessionCookie)
          : `${sessionCookie}=${encodeURIComponent(issued)}; Path=/; HttpOnly; SameSite=Strict`;
    }
    sendResult(res, result, headers);
  }

  async function moveTestClock(
    clock: SettableClock,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const read = await readBody(req);
    if (read.kind === 'too-large') return tooLarge(res, read.close);
    const body = parseJsonObject(read.text || '{}');
    const { set, advanceMs } = body;
    const at = typeof set === 'string' ? new Date(set) : undefined;
    if (
      (set !== undefined && (at === undefined || Number.isNaN(at.getTime()))) ||
      (advanceMs !== undefined && (typeof advanceMs !== 'number' || !Number.isFinite(advanceMs)))
    ) {
      throw new BadRequest('Send { "set": an ISO time } or { "advanceMs": a number }.');
    }
    if (at) clock.set(at);
    if (typeof advanceMs === 'number') clock.advance(advanceMs);
    options.events.emit('queue.changed', null);
    sendJson(res, 200, { now: clock.now().toISOString() });
  }

  /**
   * Server-sent events (HTML Standard §9.2) for one signed-in page. Each event is sent only
   * while the session is signed in and unlocked: a locked screen shows nothing new, and
   * events resume once unlocked. When the session ends the stream ends; the browser's
   * reconnection is then refused with 401, and the renderer opens it again after its next
   * successful call (renderer/src/api/client.ts).
   */
  async function streamEvents(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { backend } = options;
    const token = readCookie(req, sessionCookie);
    const opening = await sessionState(backend, token);
    if ('failed' in opening) return sendResult(res, opening.failed);
    if (opening.state === 'none')
      return sendResult(res, {
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' },
      });
    if (opening.state === 'locked')
      return sendResult(res, {
        ok: false,
        error: { code: 'LOCKED', message: 'The app is locked. Enter your password to unlock it.' },
      });
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    // One at a time, in order: each waits for its session check.
    let sending = Promise.resolve();
    const send = (text: string) => {
      sending = sending
        .then(async () => {
          const now = await sessionState(backend, token);
          if (res.writableEnded || res.destroyed) return;
          if ('failed' in now || now.state === 'none') res.end();
          else if (now.state === 'active') res.write(text);
        })
        .catch((error: unknown) => {
          console.error('[web] event stream failed', error);
          res.destroy();
        });
    };
    const unsubscribe = options.events.subscribe((event) => {
      send(`event: ${event.name}\ndata: ${JSON.stringify(event.payload ?? null)}\n\n`);
    });
    const keepAlive = setInterval(() => send(': keep-alive\n\n'), EVENTS_KEEP_ALIVE_MS);
    res.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      // A page opened at http://localhost:port is the same app: its Origin and Host name
      // localhost, and each name is checked against itself (see fromOwnPage).
      allowedHosts.add(`127.0.0.1:${port}`).add(`localhost:${port}`);
      // RFC 9110 §7.2: the port may be left out of Host when it is the scheme's default.
      if (port === 80) allowedHosts.add('127.0.0.1').add('localhost');
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        sessionCookie,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

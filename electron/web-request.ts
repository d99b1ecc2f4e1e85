// What browser mode reads from a request, each parse guarded: anyone on the computer can send
// the host anything, so a malformed target, percent-encoding, cookie or body becomes a
// BadRequest (answered 400 by web.ts), never an exception past the handler.
import type { IncomingMessage } from 'node:http';

/**
 * The session cookie's name starts with this; each host adds a random part when it starts
 * (`WebHost.sessionCookie`). Cookies do not isolate ports (RFC 6265 §8.5) and `__Host-` needs
 * https, so a fixed name would be shared with, and could be set by, every other service on
 * 127.0.0.1; this way two hosts never read each other's cookie, and a stray or malformed
 * cookie from elsewhere is simply not ours.
 */
export const SESSION_COOKIE_PREFIX = 'cc_session_';
/** A month of call records from a busy switch (calls.import takes up to 10 MB of CSV), as JSON. */
export const MAX_BODY_BYTES = 12_000_000;
/**
 * Past the limit, the rest of a body is read and thrown away up to this size before the 413
 * is sent, so the client reads the answer (closing on unread data would reset the connection
 * and could lose it) and the connection stays usable for its next request. A body declared
 * or found bigger than this is answered at once and the connection closed.
 */
export const MAX_DRAINED_BYTES = 4 * MAX_BODY_BYTES;

/**
 * The `name=value` pair of a browser-mode session cookie in a response's Set-Cookie (as
 * fetch's `headers.get('set-cookie')` joins them, or node:http's array), to send back as the
 * Cookie header; null when the response set none. For callers that are not a browser (the
 * end-to-end tests' colleagues) and so do not know the host's cookie name.
 */
export function sessionCookieFrom(setCookie: string | string[] | null | undefined): string | null {
  const header = Array.isArray(setCookie) ? setCookie.join(', ') : (setCookie ?? '');
  const found = new RegExp(`(?:^|,\\s*)(${SESSION_COOKIE_PREFIX}[0-9a-f]+=[^;,]*)`).exec(header);
  return found ? found[1]! : null;
}

/** A request that cannot be read as sent: answered 400 with the message (and `headers`). */
export class BadRequest extends Error {
  constructor(
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** RFC 6265 §3.1: the same name and path with Max-Age=0 removes the browser's cookie. */
export function expiredCookie(name: string): string {
  return `${name}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;
}

/**
 * The path a request target names, and the authority it names when in absolute-form.
 * RFC 9112 §3.2: a server is sent origin-form (`/path?query`) and must also accept
 * absolute-form (`http://host/path`, §3.2.2); authority-form is for CONNECT and asterisk-form
 * for `OPTIONS *`, neither of which this host serves.
 */
export function parseTarget(target: string): { pathname: string; authority: string | null } {
  const originForm = target.startsWith('/');
  let url: URL;
  try {
    // Origin-form is parsed after a fixed authority so that `//x` stays a path (RFC 3986
    // §3.3): `new URL('//[', base)` would read "[" as a host and throw.
    url = new URL(originForm ? `http://origin-form.invalid${target}` : target);
  } catch {
    throw new BadRequest('The address of this request is not a valid URL.');
  }
  if (!originForm && (url.protocol !== 'http:' || url.username || url.password))
    throw new BadRequest('The address of this request is not one this server serves.');
  // url.host is lower-cased with the default port dropped, as the Host header is compared.
  const authority = originForm ? null : url.host;
  try {
    decodeURIComponent(url.pathname);
  } catch {
    throw new BadRequest('The address of this request has broken percent-encoding.');
  }
  // RFC 3986 §2.1: "%" must begin a two-hex-digit escape. The query is never decoded here,
  // but a malformed one is still a malformed request.
  if (/%(?![0-9A-Fa-f]{2})/.test(url.search))
    throw new BadRequest('The address of this request has broken percent-encoding.');
  return { pathname: url.pathname, authority };
}

/** The value of cookie `name`, or null; a broken percent-encoding in it is a bad request. */
export function readCookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue; // other cookies are not ours to judge
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      // Refused, and removed so that the next request (signing in again) is not refused too.
      throw new BadRequest(
        'The session cookie was damaged, so it has been removed. Sign in again.',
        {
          'Set-Cookie': expiredCookie(name),
        },
      );
    }
  }
  return null;
}

export type Body = { kind: 'read'; text: string } | { kind: 'too-large'; close: boolean };

/** The request body up to MAX_BODY_BYTES; past that it is drained (see MAX_DRAINED_BYTES). */
export function readBody(req: IncomingMessage): Promise<Body> {
  // Node has already refused a malformed or repeated Content-Length with 400.
  if (Number(req.headers['content-length'] ?? 0) > MAX_DRAINED_BYTES)
    return Promise.resolve({ kind: 'too-large', close: true });
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > MAX_DRAINED_BYTES) {
        // Stop reading (without destroying the request, which would drop the socket before
        // the 413 is written); the response's Connection: close ends the connection.
        req.off('data', onData);
        req.pause();
        done({ kind: 'too-large', close: true });
      }
    };
    req.on('data', onData);
    req.once('end', () =>
      done(
        size > MAX_BODY_BYTES
          ? { kind: 'too-large', close: false }
          : { kind: 'read', text: Buffer.concat(chunks).toString('utf8') },
      ),
    );
    // The client gave up part-way: there is no one to answer, but settle the promise.
    const cutShort = () => fail(new BadRequest('The request ended before its body did.'));
    req.once('error', cutShort);
    req.once('close', () => {
      if (!req.complete) cutShort();
    });
  });
}

/** A JSON object, or a bad request (JSON.parse throws, and `null.input` would too). */
export function parseJsonObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BadRequest('The request could not be read.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new BadRequest('The request could not be read.');
  return value as Record<string, unknown>;
}

/**
 * A request the page at `origin` may make. API calls must carry Origin: a browser sends it
 * on every POST, same-origin or not (Fetch Standard, "append a request `Origin` header").
 * Other requests may lack it: Chromium sends none on a same-origin GET such as the page's
 * own EventSource, and Node's fetch (the end-to-end tests' clock) none at all; then Fetch
 * Metadata, where the browser sends it, must not say another site or origin sent it.
 */
export function fromOwnPage(
  req: IncomingMessage,
  origin: string,
  originRequired: boolean,
): boolean {
  const sent = req.headers.origin;
  if (sent !== undefined) return sent === origin;
  if (originRequired) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

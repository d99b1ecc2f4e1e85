// How browser mode answers: JSON with the security headers, an API result with the HTTP
// status its error code stands for, and the built renderer's files.
import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { Result } from '../shared/api';
import type { ErrorCode } from '../shared/api/errors';
import { rendererFile, SECURITY_HEADERS } from './renderer-files';

/**
 * The HTTP status for each error code (RFC 9110 §15). The body is always the API's own
 * `{ ok: false, error: { code, message } }`, which the renderer reads whatever the status.
 * LOCKED is 401, not 423: the session cookie no longer authenticates anything until the
 * adviser gives their password again (auth.unlock), which is what 401 means; 423 (RFC 4918
 * §11.3) is WebDAV's "this resource is locked", a lock on the thing asked for, not on the
 * person asking. A record that changed state under the caller is CONFLICT, 409.
 */
const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  LOCKED: 401,
  FORBIDDEN: 403,
  ORIGIN_REFUSED: 403,
  UNKNOWN_METHOD: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL: 500,
  DATABASE: 503,
};

export function sendJson(
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

export function sendError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { ok: false, error: { code, message } }, headers);
}

/** An API result with the status its error code stands for (200 when it succeeded). */
export function sendResult(
  res: ServerResponse,
  result: Result<unknown>,
  headers: Record<string, string> = {},
): void {
  const status = result.ok ? 200 : (STATUS_BY_CODE[result.error.code] ?? 500);
  // RFC 9110 §15.5.2: a 401 must carry a challenge. The scheme is not one a browser knows,
  // so it shows no password prompt of its own; the app's sign-in or lock screen answers it.
  if (status === 401) headers['WWW-Authenticate'] = 'Session realm="Council Contact"';
  sendJson(res, status, result, headers);
}

export function refuse(res: ServerResponse, message: string): void {
  sendError(res, 403, 'ORIGIN_REFUSED', message);
}

/** RFC 9110 §15.5.6: a 405 names the methods the address does take. */
export function wrongMethod(res: ServerResponse, allow: string): void {
  sendError(res, 405, 'UNKNOWN_METHOD', `This address takes only ${allow}.`, { Allow: allow });
}

/**
 * RFC 9110 §15.5.14. `close`: the body was not read to its end, so the connection cannot
 * carry another request.
 */
export function tooLarge(res: ServerResponse, close: boolean): void {
  sendError(
    res,
    413,
    'VALIDATION',
    'This is more than the app can take in one go (12 MB). Split it into smaller parts.',
    close ? { Connection: 'close' } : {},
  );
}

export function serveStatic(root: string, pathname: string, res: ServerResponse): void {
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
  createReadStream(found.file)
    .on('error', () => res.destroy())
    .pipe(res);
}

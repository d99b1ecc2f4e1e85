// The built renderer's files, as both hosts serve them: browser mode over HTTP (web.ts) and
// the desktop window over the app:// scheme (main.ts). One rule for which file a path means
// (never one outside the renderer's folder; any other path is the single-page app's
// index.html) and one set of security headers.
import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export type RendererFile =
  | { kind: 'file'; file: string; contentType: string; immutable: boolean }
  /** A path that leaves the renderer's folder, or cannot be decoded. */
  | { kind: 'refused' }
  /** The renderer has not been built. */
  | { kind: 'missing' };

/** The file a URL path names inside the built renderer at `root`. */
export function rendererFile(root: string, pathname: string): RendererFile {
  const base = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'refused' };
  }
  if (decoded.includes('\0')) return { kind: 'refused' };
  let file = resolve(base, normalize(decoded).replace(/^([/\\])+/, ''));
  if (!file.startsWith(base + sep) && file !== base) return { kind: 'refused' };
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(base, 'index.html'); // single-page app
  if (!existsSync(file)) return { kind: 'missing' };
  return {
    kind: 'file',
    file,
    contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    immutable: file.includes(`${sep}assets${sep}`),
  };
}

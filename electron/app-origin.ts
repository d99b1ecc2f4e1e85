// Which pages are the app's own in the desktop window. The renderer is served from a
// privileged custom scheme, app://council-contact/ (Electron's security checklist: "Use a
// custom protocol instead of file://"), so no other local file shares its origin. A
// development server's address (ELECTRON_RENDERER_URL, set by `electron-vite dev`) is
// honoured only in an unpackaged app, only on this computer, and matched exactly.
export const APP_SCHEME = 'app';
export const APP_HOST = 'council-contact';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The development server's origin, when one may be used; otherwise null. */
export function devServerOrigin(rendererUrl: string | undefined, packaged: boolean): string | null {
  if (packaged || !rendererUrl) return null;
  try {
    const url = new URL(rendererUrl);
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return url.protocol === 'http:' && local ? url.origin : null;
  } catch {
    return null;
  }
}

/** Whether a page or frame at `url` is the app itself (only it may call the API). */
export function isAppUrl(url: string, devOrigin: string | null): boolean {
  try {
    const parsed = new URL(url);
    // Node gives non-special schemes the origin "null", so app:// is matched by its parts.
    if (devOrigin) return parsed.origin === devOrigin;
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

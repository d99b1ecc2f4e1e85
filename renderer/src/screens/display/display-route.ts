// Which page this is: the waiting-area board lives at /display, with its key in the address's
// fragment (#key=...). A fragment never leaves the screen: browsers do not send it to the
// host, so it stays out of request logs and any proxy's logs, and no Referer carries it.

/** The path the board is served at, in browser mode and in the desktop window alike. */
export const DISPLAY_PATH = '/display';

export interface DisplayRoute {
  /** The key from the address, or null when it was left off. */
  key: string | null;
}

/** The board's route when `location` is the board's address; otherwise null. */
export function displayRouteOf(location: Pick<Location, 'pathname' | 'hash'>): DisplayRoute | null {
  if (location.pathname.replace(/\/+$/, '') !== DISPLAY_PATH) return null;
  const key = new URLSearchParams(location.hash.replace(/^#/, '')).get('key');
  return { key: key?.trim() || null };
}

/** The address a browser opens to show a site's board, given the app's origin. */
export function displayAddress(origin: string, key: string): string {
  return `${origin}${DISPLAY_PATH}#key=${encodeURIComponent(key)}`;
}

// Where the data lives: `--data-dir <folder>` on the command line, else the
// COUNCIL_CONTACT_DATA_DIR environment variable, else the per-user application-data folder
// (the same one the desktop app uses, so browser mode and the desktop share one database).
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const DATA_DIR_ENV = 'COUNCIL_CONTACT_DATA_DIR';
const APP_FOLDER = 'Council Contact';

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env = process.env,
): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

/** Reads `--name value` or `--name=value` from an argument list. */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === `--${name}`) return argv[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

export function resolveDataDir(argv: readonly string[] = process.argv, env = process.env): string {
  const chosen = flagValue(argv, 'data-dir') ?? env[DATA_DIR_ENV];
  return chosen ? resolve(chosen) : defaultDataDir(process.platform, env);
}

export const DEMO_ENV = 'COUNCIL_CONTACT_DEMO';

/**
 * Whether to create the demo council (with its published demo passwords) in a new data
 * folder: only when asked for, with `--demo` or COUNCIL_CONTACT_DEMO=1. A data folder that
 * already has staff is never changed by it.
 */
export function demoRequested(argv: readonly string[] = process.argv, env = process.env): boolean {
  return argv.includes('--demo') || env[DEMO_ENV] === '1';
}

/** The file in the data folder a display PC's key may be kept in, for `--display` alone. */
export const DISPLAY_KEY_FILE = 'display-key.txt';

/**
 * `--display`: start as the waiting-area screen (issue 22), full screen on the board, with no
 * sign-in. Its key comes from `--display-key <key>`, else from display-key.txt in the data
 * folder (kept out of the command line, where other users of the PC could read it); with
 * neither, the board says it has no key. Null when not started as a display.
 */
export function displayRequested(
  argv: readonly string[],
  dataDir: string,
  readKeyFile: (file: string) => string | undefined = (file) =>
    existsSync(file) ? readFileSync(file, 'utf8') : undefined,
): { key: string } | null {
  if (!argv.includes('--display')) return null;
  const key = flagValue(argv, 'display-key') ?? readKeyFile(join(dataDir, DISPLAY_KEY_FILE)) ?? '';
  return { key: key.trim() };
}

/** The waiting-area board's address under the app's start address, with its key. */
export function displayAddress(start: string, key: string): string {
  return new URL(`/display#key=${encodeURIComponent(key)}`, start).href;
}

/**
 * What browser mode prints for `--display` where the desktop window cannot open: the board's
 * address to open full screen on the waiting-area PC's browser, or how to give it a key.
 */
export function displayInstructions(hostUrl: string, display: { key: string }): string {
  if (!display.key) {
    return (
      'Started as the waiting-area screen, but with no display key: make one in Settings → ' +
      `Waiting-area display, then pass --display-key <key> or put it in ${DISPLAY_KEY_FILE} in ` +
      'the data folder.'
    );
  }
  return (
    `The waiting-area screen: open ${displayAddress(hostUrl, display.key)} in this PC's ` +
    "browser and make it full screen (F11, or the browser's kiosk mode)."
  );
}

// Where the Electron binary is, or null where it was never downloaded. Read from the
// electron package's path.txt rather than by `require('electron')`: since Electron 45 that
// require runs the download itself when the binary is missing (and throws when it fails),
// which on machines that cannot reach the download host means a failed download each time.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function electronBinary() {
  const require = createRequire(import.meta.url);
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(dir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? join(override, executable || 'electron')
    : join(dir, 'dist', executable);
  return executable || override ? (existsSync(binary) ? binary : null) : null;
}

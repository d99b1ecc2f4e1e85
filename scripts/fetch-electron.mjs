// Fetches the Electron binary after `npm install`, tolerating machines that cannot.
// Electron's own install script downloads from outside the npm registry and fails the whole
// install where that host is unreachable, so package.json denies it (allowScripts) and this
// step runs it instead: on failure the app still works in browser mode (`npm start` says so).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('council-contact: ELECTRON_SKIP_BINARY_DOWNLOAD is set; not fetching Electron.');
  process.exit(0);
}
let installScript;
try {
  installScript = require.resolve('electron/install.js');
} catch {
  console.log('council-contact: the electron package is not installed; browser mode only.');
  process.exit(0);
}
const result = spawnSync(process.execPath, [installScript], { stdio: 'pipe', timeout: 300_000 });
const pathFile = new URL('../node_modules/electron/path.txt', import.meta.url);
if (result.status === 0 && existsSync(pathFile)) {
  console.log('council-contact: Electron binary ready; `npm start` opens the desktop app.');
} else {
  const reason =
    String(result.stderr || '')
      .split('\n')
      .find((line) => line.trim()) ?? 'unknown';
  console.log(
    'council-contact: could not fetch the Electron binary (' +
      reason.trim() +
      ').\n' +
      '  `npm start` will run browser mode instead; everything else works as normal.',
  );
}

// `npm run web`: browser mode. Opens the database in the data folder, serves the built
// renderer and the API on 127.0.0.1, and prints the address to open.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { settableClock, systemClock } from '../shared/domain/clock';
import { openBackend } from './api/backend';
import {
  demoRequested,
  displayInstructions,
  displayRequested,
  flagValue,
  resolveDataDir,
} from './config';
import { startWebHost } from './web';

const dataDir = resolveDataDir();
/** A fixed default port so the address can be bookmarked; a busy port falls back to any free one. */
const DEFAULT_PORT = 5317;
const chosenPort = flagValue(process.argv, 'port') ?? process.env.COUNCIL_CONTACT_PORT;
const port = chosenPort === undefined ? DEFAULT_PORT : Number(chosenPort);
/** Built, this file is out/main/web-cli.js beside out/renderer; run from the sources it is
 * electron/web-cli.ts, two folders from it. */
const builtRenderer = fileURLToPath(new URL('../renderer', import.meta.url));
const staticDir = existsSync(join(builtRenderer, 'index.html'))
  ? builtRenderer
  : fileURLToPath(new URL('../out/renderer', import.meta.url));
const startAt = flagValue(process.argv, 'clock') ?? process.env.COUNCIL_CONTACT_CLOCK;
// End-to-end tests start the host at a fixed time and move the clock themselves.
const testClock = startAt ? settableClock(startAt) : undefined;
const clock = testClock ?? systemClock;

const opened = await openBackend({ dataDir, clock, demo: demoRequested() });
const options = {
  backend: opened.backend,
  events: opened.events,
  staticDir,
  ...(testClock ? { testClock } : {}),
};
const host = await startWebHost({ ...options, port }).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE' || chosenPort !== undefined) throw error;
  return startWebHost({ ...options, port: 0 });
});
console.log(`Council Contact (browser mode) is running at ${host.url}`);
console.log(`Data folder: ${dataDir}`);
// `npm start -- --display` without the Electron binary: the board's own address to open.
const display = displayRequested(process.argv, dataDir);
if (display) console.log(displayInstructions(host.url, display));

async function shutdown() {
  await host.close();
  await opened.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());

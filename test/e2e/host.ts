// Starts the real browser-mode host (the built out/main/web-cli.js, as `npm run web` runs it)
// as a child process on its own data folder, so each test gets its own database and can
// restart it. Each data folder starts as a copy of the run's seeded template (global-setup.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE_NAME } from '../../db/open';

export const BUILT_HOST = 'out/main/web-cli.js';
/** Where global-setup.ts leaves the seeded template database for the run. */
export const TEMPLATE_ENV = 'COUNCIL_CONTACT_E2E_TEMPLATE';

export interface RunningHost {
  url: string;
  dataDir: string;
  /** Moves the host's clock on (the host runs on a test clock that stands still otherwise). */
  advanceClock(ms: number): Promise<void>;
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** What the host has printed (its errors included), for a failed journey's report. */
  output(): string;
}

export function launchHost(
  dataDir: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILT_HOST, '--data-dir', dataDir, '--port', '0'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      // Kept whole (a journey's host writes little): shown when the journey fails.
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${output}`));
    });
  });
}

export function stopHost(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Starts a host on a copy of the run's demo council, or on an empty data folder (`fresh`),
 * as a council's own first run finds it. */
export async function startHost(
  env: Record<string, string> = {},
  fresh = false,
): Promise<RunningHost> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error(`${TEMPLATE_ENV} is not set: global-setup.ts did not run`);
  const dataDir = mkdtempSync(join(tmpdir(), 'council-contact-e2e-'));
  if (!fresh) copyFileSync(template, join(dataDir, DATABASE_FILE_NAME));
  let current = await launchHost(dataDir, env);
  const host: RunningHost = {
    url: current.url,
    dataDir,
    async advanceClock(ms: number) {
      const response = await fetch(`${host.url}/test/clock`, {
        method: 'POST',
        body: JSON.stringify({ advanceMs: ms }),
      });
      if (!response.ok) throw new Error(`could not move the test clock: ${response.status}`);
    },
    async restart() {
      await stopHost(current.child);
      current = await launchHost(dataDir, env);
      host.url = current.url;
    },
    output: () => current.output(),
    async stop() {
      await stopHost(current.child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return host;
}

/** Moves the host's test clock to a time (days passing between steps of a journey). */
export async function setHostClock(host: RunningHost, at: string): Promise<void> {
  const response = await fetch(`${host.url}/test/clock`, {
    method: 'POST',
    body: JSON.stringify({ set: at }),
  });
  if (!response.ok) throw new Error(`could not set the test clock: ${response.status}`);
}

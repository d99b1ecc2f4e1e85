// Runs `npm run server`'s own command (read from package.json) as a real process for the smoke
// tests, in a process group of its own, so a test can send Ctrl-C the way a terminal does.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

const repoRoot = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
// `node --import tsx server/main.ts`: no tsx parent process relaying signals (it kills a child
// that has not acknowledged one within 30 ms, which a loaded machine can miss).
const [command, ...scriptArgs] = pkg.scripts.server!.split(' ');
if (command !== 'node') throw new Error(`npm run server should run node, not ${command}`);

export interface ServerProcess {
  child: ChildProcess;
  /** Resolves with the exit code (null if killed by a signal). */
  exited: Promise<number | null>;
  output(): string;
}

export function runServer(args: string[], env: Record<string, string> = {}): ServerProcess {
  // A DATABASE_URL in the developer's shell must not redirect the embedded-PostgreSQL tests.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [...scriptArgs, ...args], {
    cwd: repoRoot,
    env: { ...inherited, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  onTestFinished(() => {
    // A failed test must not leave a server (or its PostgreSQL) running.
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  });
  return { child, exited, output: () => output };
}

export async function until<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The address Fastify reports once it listens. */
export function listeningAt(server: ServerProcess): Promise<string> {
  return until('the server to listen', () => {
    if (server.child.exitCode !== null) throw new Error(`The server exited:\n${server.output()}`);
    return /Server listening at (http:\/\/[\d.:]+)/.exec(server.output())?.[1];
  });
}

/** PostgreSQL's own record of a running cluster: pid (line 1) and port (line 4). */
export function postmaster(clusterDir: string): { pid: number; port: number } | undefined {
  const file = join(clusterDir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

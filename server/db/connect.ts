// The server's one way to reach PostgreSQL: Kysely's PostgresDialect over a `pg` pool.
// Several server instances may share the database; each has its own pool and nothing else.
import { Kysely, PostgresDialect, sql } from 'kysely';
import { Pool } from 'pg';
import type { ServerDatabase } from './schema';

export type ServerDb = Kysely<ServerDatabase>;

export interface ConnectOptions {
  /** Connections this instance may hold; PostgreSQL's own limit is shared by all instances. */
  max?: number;
  /** How long to wait for a connection before a query fails (and /ready says so). */
  connectTimeoutMs?: number;
  /** An idle connection dropped by PostgreSQL (a restart, a failover). */
  onIdleError?: (error: Error) => void;
}

/** How each pool reaches PostgreSQL, for a connection of its own beside it. */
const settings = new WeakMap<
  ServerDb,
  { connectionString: string; connectionTimeoutMillis: number }
>();

export function connectDatabase(connectionString: string, options: ConnectOptions = {}): ServerDb {
  const connectTimeoutMs = options.connectTimeoutMs ?? 5_000;
  const pool = new Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: connectTimeoutMs,
    application_name: 'council-contact-server',
  });
  // pg emits 'error' on the pool when an idle connection dies; with no listener Node would
  // end the process. The next query takes a fresh connection, or fails and /ready says why.
  pool.on('error', (error) => options.onIdleError?.(error));
  const db = new Kysely<ServerDatabase>({ dialect: new PostgresDialect({ pool }) });
  settings.set(db, { connectionString, connectionTimeoutMillis: connectTimeoutMs });
  return db;
}

/**
 * The settings `db` was opened with (server/live/ holds one connection of its own for LISTEN,
 * which a pool cannot lend for ever); undefined for a Kysely made some other way.
 */
export function connectionSettingsOf(db: ServerDb) {
  return settings.get(db);
}

/** The oldest PostgreSQL the council may point the server at (issue 21). */
export const OLDEST_POSTGRES = 15;

/** PostgreSQL's major version from `server_version_num` (e.g. 170010 -> 17). */
export function postgresMajor(versionNum: number): number {
  return Math.floor(versionNum / 10_000);
}

/** Refuses a PostgreSQL older than 15 before anything is written to it. */
export async function requireSupportedPostgres(db: ServerDb): Promise<number> {
  const { rows } = await sql<{
    num: string;
  }>`select current_setting('server_version_num') as num`.execute(db);
  const major = postgresMajor(Number(rows[0]?.num));
  if (!(major >= OLDEST_POSTGRES)) {
    throw new Error(
      `The council server needs PostgreSQL ${OLDEST_POSTGRES} or later; this database runs ${major}.`,
    );
  }
  return major;
}

/** A connection string fit for a log: the password replaced. */
export function redactUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(a connection string that is not a URL)';
  }
}

// One connection per server instance holding `LISTEN council_changes` (migration 0007): each
// time a push commits, PostgreSQL sends every listening instance the council's new version,
// and this passes it on to the instance's open event streams (events-route.ts). NOTIFY reaches
// every listener, so a push through one instance reaches desks connected to any other.
import { Client, type ClientConfig } from 'pg';

export const CHANNEL = 'council_changes';

/** Seen in pg_stat_activity, so an administrator can tell this connection from the pool's. */
export const LISTENER_APPLICATION_NAME = 'council-contact-server-live';

const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 30_000;

export type VersionHandler = (version: bigint) => void;

export interface ListenerLog {
  warn(message: string): void;
}

/** The version in a notification's payload, or null for one this server cannot read. */
export function versionOf(payload: string | undefined): bigint | null {
  try {
    const { version } = JSON.parse(payload ?? '') as { version?: unknown };
    return typeof version === 'string' && /^\d+$/.test(version) ? BigInt(version) : null;
  } catch {
    return null;
  }
}

export class CouncilListener {
  private readonly handlers = new Set<VersionHandler>();
  private client: Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private retryMs = FIRST_RETRY_MS;
  private stopped = false;

  constructor(
    private readonly config: ClientConfig,
    private readonly log: ListenerLog,
  ) {}

  /** Calls `handler` with each new version until the returned function is called. */
  subscribe(handler: VersionHandler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  /** Connects in the background: an unreachable PostgreSQL must not stop the server starting. */
  start(): void {
    this.stopped = false;
    if (!this.client && !this.retry) void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private deliver(version: bigint): void {
    for (const handler of this.handlers) handler(version);
  }

  private async connect(): Promise<void> {
    const client = new Client({ ...this.config, application_name: LISTENER_APPLICATION_NAME });
    let gone = false;
    const lost = (error?: Error) => {
      if (gone) return;
      gone = true;
      if (this.client === client) this.client = null;
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.log.warn(
        `live events: lost the LISTEN connection (${error?.message ?? 'closed'}); trying again in ${this.retryMs} ms`,
      );
      this.retry = setTimeout(() => {
        this.retry = null;
        void this.connect();
      }, this.retryMs);
      // The server's own listening keeps the process alive; this timer must not.
      this.retry.unref();
      this.retryMs = Math.min(this.retryMs * 2, LONGEST_RETRY_MS);
    };
    // pg emits 'error' when the connection dies; with no listener Node would end the process.
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (message) => {
      const version = message.channel === CHANNEL ? versionOf(message.payload) : null;
      if (version !== null) this.deliver(version);
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
    } catch (error) {
      lost(error as Error);
      return;
    }
    if (this.stopped || gone) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = FIRST_RETRY_MS;
    // Changes that committed while nobody listened (starting, or the connection down) were
    // told to no one: one nudge with the version as it stands covers them all.
    try {
      const { rows } = await client.query<{ version: string }>(
        'select version::text as version from council_version',
      );
      if (rows[0]) this.deliver(BigInt(rows[0].version));
    } catch {
      // A database not yet migrated has no version to catch up with.
    }
  }
}

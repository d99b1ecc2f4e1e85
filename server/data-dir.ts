// Where the embedded PostgreSQL lives unless --data-dir says otherwise; shared by `npm run
// server` and `npm run server-admin`, which must find the same cluster.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Root's home is closed to the `postgres` user the embedded PostgreSQL runs as. */
export function defaultDataDir(): string {
  return process.getuid?.() === 0
    ? '/var/lib/council-contact-server'
    : join(homedir(), '.council-contact-server');
}

// The council server's HTTP face. It holds nothing between requests: every answer comes from
// PostgreSQL, so any number of instances can stand behind one load balancer.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Migration } from 'kysely';
import { connectionSettingsOf, type ServerDb } from './db/connect';
import { SERVER_MIGRATIONS } from './db/migrations';
import { enrolmentRoutes } from './enrolment/routes';
import { liveEventRoutes } from './live/events-route';
import { checkReadiness } from './readiness';
import { syncRoutes } from './sync/routes';
import { connectRecords, ROUTE_POOL, type RecordsDb } from './records/report-db';
import { keepRecordsCaughtUp } from './records/catch-up';

export interface ServerOptions {
  /** The caller owns the connection: it opens it before and destroys it after the server. */
  db: ServerDb;
  /** The migrations /ready expects to find applied; the server's own by default. */
  migrations?: Record<string, Migration>;
  logger?: FastifyServerOptions['logger'];
  /** How long /ready waits for PostgreSQL before saying it is not ready. */
  readyTimeoutMs?: number;
  /**
   * The reports' own read-only pool (a replica, say); by default one on `db`'s database,
   * made here and closed with the server.
   */
  records?: RecordsDb;
}

/** The reports' pool: the one given, or one on the same database, closed with `app`. */
function recordsFor(app: FastifyInstance, options: ServerOptions): RecordsDb {
  if (options.records) return options.records;
  const settings = connectionSettingsOf(options.db);
  if (!settings)
    throw new Error('Give the server its reports pool: `db` was not made by connectDatabase.');
  const records = connectRecords(settings.connectionString, ROUTE_POOL);
  app.addHook('onClose', () => records.destroy());
  return records;
}

export function buildServer(options: ServerOptions): FastifyInstance {
  const { db, migrations = SERVER_MIGRATIONS, readyTimeoutMs = 2_000 } = options;
  const app = Fastify({ logger: options.logger ?? false });

  // Probes come every few seconds; log them only when something is wrong.
  const probe = { logLevel: 'warn' } as const;

  // Liveness: the process is up and its event loop turns. It asks nothing of PostgreSQL, so a
  // database outage never makes an orchestrator restart healthy instances.
  app.get('/health', probe, () => ({ status: 'ok' }));

  app.get('/ready', probe, async (_request, reply) => {
    void reply.header('cache-control', 'no-store');
    const readiness = await checkReadiness(db, migrations, readyTimeoutMs);
    if (!readiness.ready) {
      return reply.code(503).send({ status: 'not ready', reason: readiness.reason });
    }
    // A string: the version is a bigint, which JSON numbers cannot carry exactly.
    return { status: 'ready', councilVersion: readiness.councilVersion.toString() };
  });

  enrolmentRoutes(app, db);
  syncRoutes(app, db, recordsFor(app, options));
  // The record tables follow the pushes a moment behind them (records/catch-up.ts).
  const stopCatchingUp = keepRecordsCaughtUp(db, 2_000, (error) =>
    app.log.error(`bringing the council's records up to date: ${error.message}`),
  );
  app.addHook('onClose', () => stopCatchingUp());
  liveEventRoutes(app, db);
  return app;
}

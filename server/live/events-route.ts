// GET /sync/events (issue 22, "live within a second"): a server-sent event stream telling an
// enrolled desk the council has changed, so it pulls at once rather than at its next round.
// Each event is a content-free nudge whose id is the council's version; a desk reconnecting
// sends the last id it saw (Last-Event-ID) and hears at once if it has missed anything. The
// desk's periodic round still covers whatever a dropped stream misses.
import type { FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';
import { connectionSettingsOf, type ServerDb } from '../db/connect';
import { readCouncilVersion } from '../db/council-version';
import { authenticateDesk } from '../enrolment/desk-auth';
import { CouncilListener } from './council-listener';

/** A comment this often keeps proxies and load balancers from closing a quiet stream. */
const KEEP_ALIVE_MS = 15_000;

/** The version a reconnecting desk last heard, or null when it sends none (or nonsense). */
export function lastEventId(header: string | string[] | undefined): bigint | null {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^\d{1,19}$/.test(value.trim()) ? BigInt(value.trim()) : null;
}

export function changedEvent(version: bigint): string {
  return `id: ${version}\nevent: changed\ndata: {}\n\n`;
}

export function liveEventRoutes(app: FastifyInstance, db: ServerDb): void {
  const settings = connectionSettingsOf(db);
  // Without the settings (a Kysely made elsewhere) a stream still answers Last-Event-ID and
  // keeps alive; the desk's rounds carry the changes.
  const listener = settings && new CouncilListener(settings, app.log);
  const open = new Set<ServerResponse>();

  app.addHook('onReady', (done) => {
    listener?.start();
    done();
  });
  // Streams never end by themselves, and the HTTP server waits for every open one to close.
  app.addHook('preClose', (done) => {
    for (const stream of open) stream.end();
    done();
  });
  app.addHook('onClose', async () => listener?.stop());

  app.get('/sync/events', async (request, reply) => {
    // The same check as the other /sync routes (server/sync/routes.ts).
    const desk = await authenticateDesk(db, request.headers.authorization);
    if ('refused' in desk) {
      return reply.code(401).header('cache-control', 'no-store').send({ error: desk.refused });
    }
    const heard = lastEventId(request.headers['last-event-id']);
    // The stream is this handler's to write from here on; Fastify sends nothing more.
    void reply.hijack();
    const stream = reply.raw;
    stream.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      // nginx buffers a proxied answer unless told not to, which would hold the events back.
      'x-accel-buffering': 'no',
    });
    // A desk gone away (or the server closing) takes no more writes.
    const write = (text: string) => {
      if (!stream.writableEnded && !stream.destroyed) stream.write(text);
    };
    // A first line at once, so the desk knows the stream is open.
    write(': live\n\n');
    open.add(stream);

    // Until the version is read, what the listener says waits.
    let sent: bigint | null = null;
    let pending: bigint | null = null;
    const send = (version: bigint) => {
      if (sent === null) pending = pending !== null && pending > version ? pending : version;
      else if (version > sent) {
        sent = version;
        write(changedEvent(version));
      }
    };
    // Listening before reading the version, so a change committing in between is not missed.
    const unsubscribe = listener?.subscribe(send);
    const keepAlive = setInterval(() => write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    stream.once('close', () => {
      clearInterval(keepAlive);
      unsubscribe?.();
      open.delete(stream);
    });

    try {
      const current = await readCouncilVersion(db);
      if (heard !== null && heard <= current) {
        sent = heard;
        send(current); // one event at once for whatever the desk missed
      } else {
        // Nothing to resume from (or an id from before a restore): the desk resumes from here
        // next time. An id with no data sets its Last-Event-ID without an event.
        sent = current;
        write(`id: ${current}\n\n`);
      }
      if (pending !== null) send(pending);
    } catch (error) {
      // PostgreSQL out of reach: the desk reconnects later and its rounds say it is offline.
      request.log.warn(`live events: could not read the council version: ${String(error)}`);
      stream.end();
    }
  });
}

// A desk's side of enrolment, push and pull, for the tests: requests through Fastify's inject
// (or fetch, for a listening server) against a migrated database of the test's own.
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { buildServer } from '../app';
import type { ServerDb } from '../db/connect';
import { migrateServer } from '../db/migrate';
import { createEnrolmentCode } from '../enrolment/enrol';
import type { PulledChange, PullPage } from '../sync/pull';
import type { PushResult } from '../sync/push';
import { freshDatabase, type FreshDatabase } from './fresh-database';

export interface TestServer {
  database: FreshDatabase;
  db: ServerDb;
  app: FastifyInstance;
}

export async function testServer(): Promise<TestServer> {
  const database = await freshDatabase();
  const db = database.connect();
  await migrateServer(db);
  return { database, db, app: buildServer({ db }) };
}

export interface Answer<T> {
  status: number;
  body: T;
}

async function call<T>(
  app: FastifyInstance,
  method: 'GET' | 'POST',
  url: string,
  auth?: string,
  payload?: unknown,
): Promise<Answer<T>> {
  const response = await app.inject({
    method,
    url,
    headers: auth ? { authorization: auth } : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: response.statusCode, body: response.json<T>() };
}

export interface EnrolledDesk {
  deskId: string;
  secret: string;
  /** The Authorization header the desk sends. */
  auth: string;
}

export async function enrol(
  app: FastifyInstance,
  db: ServerDb,
  siteId = 'TH',
  name = 'Reception 1',
): Promise<EnrolledDesk> {
  const { code } = await createEnrolmentCode(db, { siteId, createdBy: 'admin', ttlHours: 1 });
  const { status, body } = await call<{ deskId: string; secret: string }>(
    app,
    'POST',
    '/enrol',
    undefined,
    { code, name },
  );
  if (status !== 200) throw new Error(`enrolment failed: ${JSON.stringify(body)}`);
  const auth = `Bearer ${body.deskId}.${body.secret}`;
  // The adviser the test changes are made by (change() below), as a joining desk shares it.
  await call(app, 'POST', '/sync/staff', auth, {
    staff: [{ id: 'staff-1', username: 'staff-1', role: 'adviser', active: true, hash: null }],
  });
  return { ...body, auth };
}

export function post<T>(app: FastifyInstance, url: string, payload: unknown, auth?: string) {
  return call<T>(app, 'POST', url, auth, payload);
}

export function push(app: FastifyInstance, desk: EnrolledDesk, changes: unknown[]) {
  return call<{ results: PushResult[] }>(app, 'POST', '/sync/push', desk.auth, { changes });
}

export function pull(app: FastifyInstance, desk: EnrolledDesk, after = '0', limit?: number) {
  const query = `after=${after}${limit === undefined ? '' : `&limit=${limit}`}`;
  return call<PullPage>(app, 'GET', `/sync/pull?${query}`, desk.auth);
}

/** Every change after `after`, page by page, as a desk catching up would read them. */
export async function pullAll(app: FastifyInstance, desk: EnrolledDesk, after = '0') {
  const changes: PulledChange[] = [];
  let cursor = after;
  for (;;) {
    const { status, body } = await pull(app, desk, cursor);
    if (status !== 200) throw new Error(`pull failed: ${JSON.stringify(body)}`);
    changes.push(...body.changes);
    cursor = body.cursor;
    if (!body.more) return { changes, cursor };
  }
}

/** A change as a desk's outbox sends it; a new mutation id unless one is given. */
export function change(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    mutationId: uuidv7(),
    hlc: `${Date.now().toString().padStart(15, '0')}:0000:desk`,
    staffId: 'staff-1',
    entity: 'contacts',
    entityId: uuidv7(),
    op: 'create',
    data: { note: 'Asked about bin collection' },
    ...overrides,
  };
}

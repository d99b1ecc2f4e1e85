// What the push tests share: a real council server (server/app.ts on a fresh database of the
// run's embedded PostgreSQL) listening on loopback, a desk enrolled with it over HTTP, and a
// real desk back end (SQLite) whose writes go through dispatch with client mutation ids, as
// the screens send them. Only tests import this file: the desk app never imports server/.
import { onTestFinished } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { InputOf, MethodName, OutputOf, SyncStatus } from '../../shared/api';
import { dispatch } from '../api/dispatch';
import { createTestBackend, referenceIds, type TestBackend } from '../../test/support/backend';
import { buildServer } from '../../server/app';
import type { ServerDb } from '../../server/db/connect';
import { createEnrolmentCode } from '../../server/enrolment/enrol';
import { testServer } from '../../server/test/sync-client';
import type { PushChange } from './outbox-batches';
import { allStaffAccounts } from '../../db/queries/sync/verifiers';

export interface Council {
  db: ServerDb;
  url: string;
  /** Stops listening (the server is down); `restart` listens again on the same database. */
  stop(): Promise<void>;
  restart(): Promise<void>;
}

export async function startCouncil(): Promise<Council> {
  const { db, app } = await testServer();
  let current = app;
  let url = await app.listen({ port: 0, host: '127.0.0.1' });
  onTestFinished(() => current.close());
  return {
    db,
    get url() {
      return url;
    },
    async stop() {
      await current.close();
    },
    async restart() {
      current = buildServer({ db });
      url = await current.listen({ port: 0, host: '127.0.0.1' });
    },
  };
}

export interface EnrolledDesk {
  backend: TestBackend;
  deskId: string;
  secret: string;
  siteId: string;
}

/** A desk signed in as the demo adviser, enrolled with the council through POST /enrol. */
export async function enrolledDesk(council: Council): Promise<EnrolledDesk> {
  const { code } = await createEnrolmentCode(council.db, {
    siteId: 'TH',
    createdBy: 'admin',
    ttlHours: 1,
  });
  const response = await fetch(`${council.url}/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, name: 'Reception 1' }),
  });
  if (!response.ok) throw new Error(`enrolment failed: ${await response.text()}`);
  const identity = (await response.json()) as { deskId: string; secret: string; siteId: string };
  const backend = await createTestBackend();
  onTestFinished(() => backend.close());
  // The accounts the desk holds, as the desk's own enrolment shares them (sync.enrol).
  await fetch(`${council.url}/sync/staff`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${identity.deskId}.${identity.secret}`,
    },
    body: JSON.stringify({ staff: await allStaffAccounts(backend.opened.database!.db) }),
  });
  await backend.signIn('adviser');
  return { backend, ...identity };
}

/** A call through dispatch with a new client mutation id, as a screen's save sends it. */
export async function save<K extends MethodName>(
  backend: TestBackend,
  method: K,
  input: InputOf<K>,
): Promise<OutputOf<K>> {
  const { result } = await dispatch(backend.opened.backend, {
    method,
    input,
    token: backend.token,
    mutationId: uuidv7(),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as OutputOf<K>;
}

/**
 * A resolved telephone contact about Council Tax at 09:`minute`, for `customerId` if given;
 * `more` adds or overrides fields (notes, another day with `confirmOld`).
 */
export async function recordContact(
  backend: TestBackend,
  customerId: string | null = null,
  minute = 10,
  more: Record<string, unknown> = {},
) {
  const ids = await referenceIds(backend);
  const at = (m: number) => `2026-11-23T09:${String(m).padStart(2, '0')}:00Z`;
  return save(backend, 'contacts.record', {
    channel: 'telephone',
    serviceId: ids.councilTax,
    interactionTypeId: ids.providingInformation,
    customerTypeId: ids.citizen,
    ...(customerId ? { customerId } : {}),
    outcome: 'resolved',
    startedAt: at(minute),
    endedAt: at(minute + 5),
    ...more,
  });
}

/** Every request to /sync/push and its answer, through the real fetch. */
export function recordingFetch() {
  const pushes: { changes: PushChange[]; status: number; statuses: string[] }[] = [];
  const recording: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const answer = (await response.clone().json()) as { results?: { status: string }[] };
    pushes.push({
      changes: (JSON.parse(init!.body as string) as { changes: PushChange[] }).changes,
      status: response.status,
      statuses: answer.results?.map((r) => r.status) ?? [],
    });
    return response;
  };
  return { fetch: recording, pushes };
}

export interface LogRow {
  id: string;
  mutation_id: string | null;
  entity: string;
  entity_id: string;
  action: string;
  after: string | null;
  staff_id: string | null;
  shipped_at: string | null;
  hlc: string | null;
}

/** The desk's change-log entries that carry a mutation id (the outbox and what it shipped). */
export function deskLog(backend: TestBackend): LogRow[] {
  return backend.opened
    .database!.sqlite.prepare('select * from change_log where mutation_id is not null order by id')
    .all() as LogRow[];
}

/** A desk joined to the council the way an administrator joins one: Settings' sync.enrol. */
export interface JoinedDesk {
  backend: TestBackend;
  deskId: string;
  /** One round of push and pull, as the desk's timer or a save would start. */
  sync(): Promise<SyncStatus>;
}

/**
 * Rounds run only when a test asks (sync()), never on a timer or a server's event, so each step
 * is the test's to see.
 */
const ON_REQUEST = { intervalMs: 3_600_000, nudgeMs: 3_600_000, live: false };

export async function joinedDesk(
  council: Council,
  deskName: string,
  options: { siteId?: string; now?: string; fetch?: typeof fetch } = {},
): Promise<JoinedDesk> {
  const { code } = await createEnrolmentCode(council.db, {
    siteId: options.siteId ?? 'TH',
    createdBy: 'admin',
    ttlHours: 1,
  });
  const backend = await createTestBackend(options.now, {
    sync: { ...ON_REQUEST, ...(options.fetch ? { fetch: options.fetch } : {}) },
  });
  onTestFinished(() => backend.close());
  await backend.signIn('admin');
  const joined = await backend.call('sync.enrol', { serverUrl: council.url, code, deskName });
  if (!joined.ok) throw new Error(`enrolment failed: ${joined.error.message}`);
  await backend.signIn('adviser');
  const { desk_id } = backend.opened
    .database!.sqlite.prepare('select desk_id from sync_state')
    .get() as { desk_id: string };
  return {
    backend,
    deskId: desk_id,
    async sync() {
      const status = await backend.call('sync.now', {});
      if (!status.ok) throw new Error(status.error.message);
      return status.value;
    },
  };
}

/** The server back after an outage; on a new port here, so each desk is told its address. */
export async function serverBack(council: Council, desks: JoinedDesk[]) {
  await council.restart();
  for (const desk of desks) {
    desk.backend.opened
      .database!.sqlite.prepare('update sync_state set server_url = ?')
      .run(council.url);
  }
}

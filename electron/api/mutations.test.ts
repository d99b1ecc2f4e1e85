// Client mutation ids (issue 19, "nothing recorded twice"), through dispatch and the real
// HTTP host: the same id twice writes one row and answers the same; two ids write two; two
// presses at once save once; the change log keeps the id for sync.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { Result } from '../../shared/api';
import { createTestBackend, referenceIds, type TestBackend } from '../../test/support/backend';
import { postToHost } from '../../test/support/http-post';
import { sessionCookieFrom, startWebHost } from '../web';
import { anonymiseExpired } from './data-protection/retention-run';
import { dispatch } from './dispatch';

let backend: TestBackend;
let quickLog: Record<string, unknown>;

beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T10:00:00Z');
  await backend.signIn('adviser');
  const ids = await referenceIds(backend);
  quickLog = { channel: 'telephone', serviceId: ids.councilTax };
});
afterEach(async () => {
  await backend.close();
});

const count = (table: string) =>
  backend.opened.database!.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
async function callWith(mutationId: string | undefined, method: string, input: unknown) {
  const response = await dispatch(backend.opened.backend, {
    method,
    input,
    token: backend.token,
    mutationId,
  });
  return response.result as Result<{ id: string }>;
}

describe('a client mutation id', () => {
  it('writes once however often the same id comes, and answers the same each time', async () => {
    const id = uuidv7();
    const first = await callWith(id, 'contacts.quickLog', quickLog);
    const again = await callWith(id, 'contacts.quickLog', quickLog);
    expect(first.ok && again.ok).toBe(true);
    expect(again).toEqual(first);
    expect(count('contacts')).toBe(1);
    // The change log keeps the id of the write behind each entry.
    const logged = backend.opened
      .database!.sqlite.prepare(
        "select distinct mutation_id from change_log where entity = 'contacts'",
      )
      .pluck()
      .all();
    expect(logged).toEqual([id]);
  });

  it('writes twice for two ids', async () => {
    await callWith(uuidv7(), 'contacts.quickLog', quickLog);
    await callWith(uuidv7(), 'contacts.quickLog', quickLog);
    expect(count('contacts')).toBe(2);
  });

  it('saves once when the save key is pressed twice at once', async () => {
    const id = uuidv7();
    const [a, b] = await Promise.all([
      callWith(id, 'contacts.quickLog', quickLog),
      callWith(id, 'contacts.quickLog', quickLog),
    ]);
    expect(a).toEqual(b);
    expect(count('contacts')).toBe(1);
    expect(count('mutations')).toBe(1);
  });

  it('refuses an id used for another write, and a broken id, writing nothing', async () => {
    const id = uuidv7();
    await callWith(id, 'contacts.quickLog', quickLog);
    const reused = await callWith(id, 'customers.create', { firstName: 'Ann', lastName: 'Lee' });
    expect(reused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const broken = await callWith('not-an-id', 'contacts.quickLog', quickLog);
    expect(broken).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(count('contacts')).toBe(1);
    expect(count("customers where first_name = 'Ann'")).toBe(0);
  });

  it('records nothing for a refused write, so the corrected save goes through', async () => {
    const id = uuidv7();
    const refused = await callWith(id, 'contacts.quickLog', {
      ...quickLog,
      startedAt: '2026-11-23T12:00:00Z',
    });
    expect(refused.ok).toBe(false);
    expect(count('mutations')).toBe(0);
    const saved = await callWith(id, 'contacts.quickLog', quickLog);
    expect(saved.ok).toBe(true);
    expect(count('contacts')).toBe(1);
  });

  it('keeps the answer a day, for repeats, and then lets it go', async () => {
    await callWith(uuidv7(), 'contacts.quickLog', quickLog);
    backend.clock.advance(2 * 86_400_000);
    await anonymiseExpired(backend.opened.database!.db, {
      staffId: null,
      siteId: null,
      at: backend.clock.now(),
    });
    expect(count('mutations')).toBe(0);
    expect(count('contacts')).toBe(1);
  });

  it('is honoured by the browser-mode host', async () => {
    const host = await startWebHost({
      backend: backend.opened.backend,
      events: backend.opened.events,
      staticDir: backend.dataDir,
    });
    try {
      const signIn = await postToHost(host.url, '/api/call/auth.signIn', {
        input: { username: 'adviser', password: 'demo1234' },
      });
      const cookie = sessionCookieFrom(signIn.headers['set-cookie']?.toString() ?? null)!;
      const body = { input: quickLog, mutationId: uuidv7() };
      const first = await postToHost(host.url, '/api/call/contacts.quickLog', body, {
        Cookie: cookie,
      });
      const retry = await postToHost(host.url, '/api/call/contacts.quickLog', body, {
        Cookie: cookie,
      });
      expect(retry.json).toEqual(first.json);
      expect(count('contacts')).toBe(1);
    } finally {
      await host.close();
    }
  });
});

// A real back end on a fresh SQLite file in a temp folder, with a settable clock: what the
// unit and integration tests call through `dispatch`, exactly as the hosts do.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputOf, MethodName, OutputOf, Result } from '../../shared/api';
import { settableClock, type SettableClock } from '../../shared/domain/clock';
import { openBackend, type BackendOptions, type OpenBackend } from '../../electron/api/backend';
import { dispatch } from '../../electron/api/dispatch';

export interface TestBackend {
  opened: OpenBackend;
  clock: SettableClock;
  dataDir: string;
  /** The token of the last sign-in through `call`; sent with every later call. */
  token: string | null;
  call<K extends MethodName>(method: K, input: InputOf<K>): Promise<Result<OutputOf<K>>>;
  /** Calls a method by any name with any input, as a misbehaving caller could. */
  raw(method: string, input: unknown): Promise<Result<unknown>>;
  signIn(username?: string): Promise<void>;
  /** Sets a setting straight in the database, as an administrator would have. */
  setSetting(key: string, value: unknown): void;
  close(): Promise<void>;
}

import { DATABASE_FILE_NAME } from '../../db/open';
import { cheapenDemoPasswords } from './demo-passwords';

/**
 * Seeding migrates and hashes the demo passwords at OWASP's scrypt cost (~0.2 s each), so
 * each test worker seeds one database once and every test starts from a copy of it, with
 * the demo passwords rehashed at the test-only cost (demo-passwords.ts) for cheap sign-ins.
 */
let template: Promise<string> | undefined;
function seededTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'council-contact-template-'));
    const opened = await openBackend({
      dataDir: dir,
      clock: settableClock('2026-01-05T09:00:00Z'),
      demo: true,
      backgroundCheckpoints: false,
    });
    await opened.close(); // closing checkpoints the WAL into the main file
    const file = join(dir, DATABASE_FILE_NAME);
    await cheapenDemoPasswords(file);
    return file;
  })();
  return template;
}

export async function createTestBackend(
  now = '2026-11-23T10:00:00Z',
  options: Pick<BackendOptions, 'sync'> & {
    /** A new data folder (first run), instead of a copy of the demo council. */
    empty?: boolean;
  } = {},
): Promise<TestBackend> {
  const dataDir = mkdtempSync(join(tmpdir(), 'council-contact-test-'));
  if (!options.empty) copyFileSync(await seededTemplate(), join(dataDir, DATABASE_FILE_NAME));
  const clock = settableClock(now);
  const opened = await openBackend({
    dataDir,
    clock,
    backgroundCheckpoints: false,
    ...(options.sync ? { sync: options.sync } : {}),
  });
  const backend: TestBackend = {
    opened,
    clock,
    dataDir,
    token: null,
    async raw(method, input) {
      const response = await dispatch(opened.backend, { method, input, token: backend.token });
      if (response.token !== undefined) backend.token = response.token;
      return response.result;
    },
    call(method, input) {
      return backend.raw(method, input) as never;
    },
    async signIn(username = 'adviser') {
      const result = await backend.call('auth.signIn', { username, password: 'demo1234' });
      if (!result.ok) throw new Error(result.error.message);
    },
    setSetting(key, value) {
      opened
        .database!.sqlite.prepare('insert or replace into settings (key, value) values (?, ?)')
        .run(key, JSON.stringify(value));
    },
    async close() {
      await opened.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return backend;
}

/** The demo council's ids by name, for building valid inputs. */
export async function referenceIds(backend: TestBackend) {
  const result = await backend.call('reference.list', {});
  if (!result.ok) throw new Error(result.error.message);
  const byName = <T extends { id: string; name: string }>(list: T[], name: string) => {
    const found = list.find((item) => item.name === name);
    if (!found) throw new Error(`no ${name}`);
    return found.id;
  };
  const r = result.value;
  return {
    councilTax: byName(r.services, 'Council Tax'),
    housingBenefit: byName(r.services, 'Housing Benefit and Council Tax Reduction'),
    providingInformation: byName(r.interactionTypes, 'Providing information'),
    citizen: byName(r.customerTypes, 'Citizen'),
    benefits: byName(r.departments, 'Benefits'),
  };
}

/** The value of a call that must succeed; a refusal fails the test with its message. */
export async function ok<T>(
  promise: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

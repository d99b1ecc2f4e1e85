// What the staff tests share: the demo council's back end, fresh for each test, and the
// small readers they check it with (staff.test.ts, staff-passwords.test.ts).
import { afterEach, beforeEach } from 'vitest';
import type { Result, StaffMember } from '../../../shared/api';
import { createTestBackend, ok, type TestBackend } from '../../../test/support/backend';

export let backend: TestBackend;

/** A fresh demo council for each test of the file that calls it. */
export function useDemoBackend(): void {
  beforeEach(async () => {
    backend = await createTestBackend();
  });
  afterEach(async () => {
    await backend.close();
  });
}

export const sql = (query: string, ...params: unknown[]) =>
  backend.opened.database!.sqlite.prepare(query).all(...params) as Record<string, unknown>[];
export const codeOf = (result: Result<unknown>) => (result.ok ? 'OK' : result.error.code);
export const messageOf = (result: Result<unknown>) => (result.ok ? '' : result.error.message);

export async function siteId(name = 'Contact Centre'): Promise<string> {
  const sites = (await ok(backend.call('reference.list', {}))).sites;
  return sites.find((s) => s.name === name)!.id;
}
export async function member(username: string): Promise<StaffMember> {
  return (await ok(backend.call('staff.accounts', {}))).find((s) => s.username === username)!;
}
export async function signInWith(username: string, password: string) {
  return backend.call('auth.signIn', { username, password });
}

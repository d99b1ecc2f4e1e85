// What the sign-in protection tests share (auth-protection*.test.ts): a fresh demo council
// for each test, the messages a person is shown, and sign-ins from another desk. `backend` is
// a live binding, set in useFreshBackend's beforeEach, so a test reads it (and may replace
// its close) as its file's own variable, as it did when these tests were one file.
import { afterEach, beforeEach } from 'vitest';
import type { Result } from '../../../shared/api';
import { createTestBackend, type TestBackend } from '../../../test/support/backend';
import { dispatch, type ApiBackend } from '../dispatch';

export let backend: TestBackend;

/** A fresh back end before each of the file's tests, closed after it. */
export function useFreshBackend(): void {
  beforeEach(async () => {
    backend = await createTestBackend(); // 2026-11-23T10:00:00Z: 10:00 in London
  });
  afterEach(async () => {
    await backend.close();
  });
}

export const WRONG = 'That username and password do not match. Check them and try again.';
export const waitMessage = (seconds: number, left: number) =>
  `That username and password do not match. Wait ${seconds} seconds before trying again. After ${left} more wrong password${left === 1 ? '' : 's'} the account will be locked for 15 minutes.`;
export const tooMany = (seconds: string) =>
  `There have been too many wrong passwords in a row for this account. Wait ${seconds}, then try again.`;
export const lockedFrom = (time: string) =>
  `This account is locked after 10 wrong passwords in a row. Try again from ${time}, or ask an administrator to unlock it.`;

/** A sign-in from someone without a session (it leaves the test's own session alone). */
export async function signInAs(
  username: string,
  password: string,
  api: ApiBackend = backend.opened.backend,
) {
  const { result } = await dispatch(api, {
    method: 'auth.signIn',
    input: { username, password },
    token: null,
  });
  return result;
}
export const said = (result: Result<unknown>) => (result.ok ? 'signed in' : result.error.message);

/** Ten wrong passwords in a row, each after the wait the last one set. */
export async function lockOut(username: string) {
  for (let i = 0; i < 10; i++) {
    await signInAs(username, 'wrong');
    if (i < 9) backend.clock.advance(60_000);
  }
}

export function audit() {
  return backend.opened
    .database!.sqlite.prepare(
      `select kind, staff_id as staffId, username, site_id as siteId, detail
       from audit_events order by rowid`,
    )
    .all() as {
    kind: string;
    staffId: string | null;
    username: string | null;
    siteId: string | null;
    detail: string | null;
  }[];
}
export const staffId = (username: string) =>
  backend.opened
    .database!.sqlite.prepare('select id from staff where username = ?')
    .pluck()
    .get(username) as string;

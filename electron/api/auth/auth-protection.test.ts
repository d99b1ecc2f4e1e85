// Sign-in protection (go-live issue, item 4): after 5 wrong passwords each attempt waits
// twice as long as the last, from 2 seconds; after 10 the account is locked for 15 minutes
// or until an administrator unlocks it. Counted in the database, shared by the sign-in and
// lock screens, the same for usernames nobody has, and every event audited.
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/api';
import { createTestBackend, type TestBackend } from '../../../test/support/backend';
import { openBackend } from '../backend';
import { dispatch, type ApiBackend } from '../dispatch';
import { hashingLoad } from './password';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend(); // 2026-11-23T10:00:00Z: 10:00 in London
});
afterEach(async () => {
  await backend.close();
});

const WRONG = 'That username and password do not match. Check them and try again.';
const waitMessage = (seconds: number, left: number) =>
  `That username and password do not match. Wait ${seconds} seconds before trying again. After ${left} more wrong password${left === 1 ? '' : 's'} the account will be locked for 15 minutes.`;
const tooMany = (seconds: string) =>
  `There have been too many wrong passwords in a row for this account. Wait ${seconds}, then try again.`;
const lockedFrom = (time: string) =>
  `This account is locked after 10 wrong passwords in a row. Try again from ${time}, or ask an administrator to unlock it.`;

/** A sign-in from someone without a session (it leaves the test's own session alone). */
async function signInAs(
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
const said = (result: Result<unknown>) => (result.ok ? 'signed in' : result.error.message);

/** Whether a password hash was running at any moment while `work` was under way. */
async function hashedWhile<T>(work: Promise<T>): Promise<{ result: T; hashed: boolean }> {
  let done = false;
  let hashed = false;
  const watched = work.finally(() => (done = true));
  while (!done) {
    if (hashingLoad().running > 0) hashed = true;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { result: await watched, hashed };
}

/** Ten wrong passwords in a row, each after the wait the last one set. */
async function lockOut(username: string) {
  for (let i = 0; i < 10; i++) {
    await signInAs(username, 'wrong');
    if (i < 9) backend.clock.advance(60_000);
  }
}

function audit() {
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
const staffId = (username: string) =>
  backend.opened
    .database!.sqlite.prepare('select id from staff where username = ?')
    .pluck()
    .get(username) as string;

describe('wrong passwords at sign-in', () => {
  it('make each attempt after the fifth wait twice as long, from 2 seconds, then lock for 15 minutes', async () => {
    for (let i = 0; i < 4; i++) expect(said(await signInAs('admin', 'wrong'))).toBe(WRONG);
    const waits = [2, 4, 8, 16, 32];
    for (const [i, seconds] of waits.entries()) {
      expect(said(await signInAs('admin', 'wrong'))).toBe(waitMessage(seconds, 5 - i));
      // Refused before the wait is over, even with the right password, and not counted.
      backend.clock.advance(seconds * 1000 - 1000);
      const early = await signInAs('admin', 'demo1234');
      expect(early).toEqual({
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: tooMany('1 second') },
      });
      backend.clock.advance(1000);
    }
    // The 10th, at 10:01:02: locked until 10:16:02, told as from 10:17.
    expect(said(await signInAs('admin', 'wrong'))).toBe(
      'That username and password do not match. After 10 wrong passwords in a row the account is locked until 10:17. An administrator can unlock it sooner.',
    );
    backend.clock.set('2026-11-23T10:16:01Z');
    expect(said(await signInAs('admin', 'demo1234'))).toBe(lockedFrom('10:17'));
    // After the lock, one more wrong password locks it again at once.
    backend.clock.set('2026-11-23T10:16:02Z');
    expect(said(await signInAs('admin', 'wrong'))).toMatch(/locked until 10:32\./);
    backend.clock.set('2026-11-23T10:31:01Z');
    expect(said(await signInAs('admin', 'demo1234'))).toBe(lockedFrom('10:32'));
    backend.clock.set('2026-11-23T10:31:02Z');
    expect(said(await signInAs('admin', 'demo1234'))).toBe('signed in');
  });

  it('are forgotten after the right password', async () => {
    for (let i = 0; i < 4; i++) await signInAs('adviser', 'wrong');
    expect(said(await signInAs('ADVISER', 'demo1234'))).toBe('signed in'); // any case
    for (let i = 0; i < 4; i++) expect(said(await signInAs('adviser', 'wrong'))).toBe(WRONG);
    expect(said(await signInAs('adviser', 'wrong'))).toBe(waitMessage(2, 5));
  });

  it('still count after the app is closed and opened again', async () => {
    await lockOut('adviser');
    await backend.opened.close();
    const reopened = await openBackend({
      dataDir: backend.dataDir,
      clock: backend.clock,
      backgroundCheckpoints: false,
    });
    try {
      expect(said(await signInAs('adviser', 'demo1234', reopened.backend))).toBe(
        lockedFrom('10:24'),
      );
      backend.clock.advance(15 * 60_000);
      expect(said(await signInAs('adviser', 'demo1234', reopened.backend))).toBe('signed in');
    } finally {
      await reopened.close();
    }
    // The shared afterEach would close the first back end again.
    backend.close = () => Promise.resolve(rmSync(backend.dataDir, { recursive: true }));
  });

  it('from many guesses sent at once are counted one by one: only 5 are checked', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, () => signInAs('teamleader', 'wrong')),
    );
    const answers = results.map(said);
    expect(answers.filter((m) => m === WRONG)).toHaveLength(4);
    expect(answers.filter((m) => m === waitMessage(2, 5))).toHaveLength(1);
    expect(answers.filter((m) => m === tooMany('2 seconds'))).toHaveLength(35);
    const kinds = audit().map((e) => e.kind);
    expect(kinds.filter((k) => k === 'sign_in_failed')).toHaveLength(5);
    expect(kinds.filter((k) => k === 'sign_in_refused')).toHaveLength(35);
  });
});

describe('a username nobody has', () => {
  it('gets the same answers as a real one, after the same password check', async () => {
    for (let attempt = 1; attempt <= 16; attempt++) {
      const known = await signInAs('admin', 'wrong');
      const { result: unknown, hashed } = await hashedWhile(signInAs('no.such.person', 'wrong'));
      expect(unknown).toEqual(known);
      // Only an attempt refused for waiting skips the (decoy) password check.
      expect(hashed).toBe(!/^(There have been|This account is locked)/.test(said(known)));
      if (attempt % 2 === 0) backend.clock.advance(60_000);
    }
    expect(said(await signInAs('no.such.person', 'wrong'))).toBe(lockedFrom('10:22'));
    const failed = audit().filter((e) => e.kind === 'sign_in_failed');
    expect(failed.find((e) => e.username === 'no.such.person')).toEqual({
      kind: 'sign_in_failed',
      staffId: null,
      username: 'no.such.person',
      siteId: null,
      detail: '{"failures":1,"reason":"unknown_username"}',
    });
  }, 120_000);
});

describe('an administrator', () => {
  it('unlocks an account at once; nobody else may', async () => {
    await lockOut('adviser');
    expect(said(await signInAs('adviser', 'demo1234'))).toBe(lockedFrom('10:24'));

    await backend.signIn('teamleader');
    const leader = await backend.call('auth.unlockAccount', { username: 'adviser' });
    expect(!leader.ok && leader.error.code).toBe('FORBIDDEN');

    await backend.signIn('admin');
    const nobody = await backend.call('auth.unlockAccount', { username: 'nobody' });
    expect(!nobody.ok && nobody.error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no account with that username. Check the spelling.',
    });
    const unlocked = await backend.call('auth.unlockAccount', { username: ' Adviser ' });
    expect(unlocked).toEqual({
      ok: true,
      value: { username: 'adviser', displayName: 'Amina Khan', failuresCleared: 10 },
    });
    expect(said(await signInAs('adviser', 'demo1234'))).toBe('signed in');
    expect(audit().find((e) => e.kind === 'account_unlocked')).toMatchObject({
      staffId: staffId('admin'),
      username: 'adviser',
      detail: '{"failuresCleared":10}',
    });
  });
});

describe('wrong passwords at the lock screen', () => {
  it('count towards the same wait and lock as sign-in, and the right one resets them', async () => {
    await backend.signIn('adviser');
    await backend.call('auth.lock', {});
    for (let i = 0; i < 3; i++) await signInAs('adviser', 'wrong'); // at another desk
    const fourth = await backend.call('auth.unlock', { password: 'wrong' });
    expect(fourth).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'That password is not right. Try again, or sign out.',
        fields: { password: 'That password is not right.' },
      },
    });
    const fifth = await backend.call('auth.unlock', { password: 'wrong' });
    const wait =
      'That password is not right. Wait 2 seconds before trying again. After 5 more wrong passwords the account will be locked for 15 minutes.';
    expect(!fifth.ok && fifth.error).toEqual({
      code: 'VALIDATION',
      message: wait,
      fields: { password: wait },
    });
    const early = await backend.call('auth.unlock', { password: 'demo1234' });
    expect(!early.ok && early.error.message).toBe(tooMany('2 seconds'));
    backend.clock.advance(2000);
    expect((await backend.call('auth.unlock', { password: 'demo1234' })).ok).toBe(true);
    expect((await backend.call('reference.list', {})).ok).toBe(true);

    await backend.call('auth.lock', {});
    for (let i = 0; i < 4; i++) await backend.call('auth.unlock', { password: 'wrong' });
    const afterReset = await backend.call('auth.unlock', { password: 'wrong' });
    expect(!afterReset.ok && afterReset.error.message).toBe(wait);
  });

  it('lock the account after 10, keeping the session locked until then', async () => {
    await backend.signIn('adviser');
    await backend.call('auth.lock', {});
    for (let i = 0; i < 10; i++) {
      await backend.call('auth.unlock', { password: 'wrong' });
      if (i < 9) backend.clock.advance(60_000);
    }
    const locked = await backend.call('auth.unlock', { password: 'demo1234' });
    expect(!locked.ok && locked.error).toMatchObject({
      code: 'VALIDATION',
      message: lockedFrom('10:24'),
    });
    expect(said(await signInAs('adviser', 'demo1234'))).toBe(lockedFrom('10:24'));
    backend.clock.advance(15 * 60_000);
    expect((await backend.call('auth.unlock', { password: 'demo1234' })).ok).toBe(true);
    const kinds = audit().map((e) => e.kind);
    expect(kinds.filter((k) => k === 'screen_unlock_failed')).toHaveLength(10);
    expect(kinds).toContain('account_locked');
    expect(kinds.at(-1)).toBe('screen_unlocked');
  });
});

describe('changing a password', () => {
  it('needs the current one (throttled like the others) and a new one that follows the rules', async () => {
    await backend.signIn('adviser');
    const weak = await backend.call('auth.changePassword', {
      currentPassword: 'demo1234',
      newPassword: 'short',
    });
    expect(!weak.ok && weak.error.fields?.newPassword).toMatch(/^Use at least 12 characters/);
    const wrong = await backend.call('auth.changePassword', {
      currentPassword: 'guess',
      newPassword: 'lantern orchard biscuit',
    });
    expect(!wrong.ok && wrong.error).toEqual({
      code: 'VALIDATION',
      message: 'Your current password is not right.',
      fields: { currentPassword: 'Your current password is not right.' },
    });

    const elsewhere = await dispatch(backend.opened.backend, {
      method: 'auth.signIn',
      input: { username: 'adviser', password: 'demo1234' },
      token: null,
    });
    expect(elsewhere.result.ok).toBe(true);
    const changed = await backend.call('auth.changePassword', {
      currentPassword: 'demo1234',
      newPassword: 'lantern orchard biscuit',
    });
    expect(changed).toEqual({ ok: true, value: null });
    expect(said(await signInAs('adviser', 'demo1234'))).toBe(WRONG);
    expect(said(await signInAs('adviser', 'lantern orchard biscuit'))).toBe('signed in');
    expect((await backend.call('reference.list', {})).ok).toBe(true); // this session carries on
    const other = await dispatch(backend.opened.backend, {
      method: 'reference.list',
      input: {},
      token: elsewhere.token!,
    });
    expect(!other.result.ok && other.result.error.code).toBe('UNAUTHENTICATED');
    const hash = backend.opened
      .database!.sqlite.prepare("select password_hash from staff where username = 'adviser'")
      .pluck()
      .get() as string;
    expect(hash).toMatch(/^scrypt\$17\$8\$1\$/);
    const logged = backend.opened
      .database!.sqlite.prepare("select count(*) from change_log where after like '%' || ? || '%'")
      .pluck()
      .get(hash.split('$').at(-1));
    expect(audit().filter((e) => e.kind === 'password_changed')).toHaveLength(1);
    expect(JSON.stringify(audit())).not.toContain(hash);
    expect(logged).toBe(0);
  }, 60_000);
});

describe('the audit log', () => {
  it('records who, when and what for each sign-in, failure, lock-out, unlock and sign-out', async () => {
    await lockOut('adviser');
    await signInAs('adviser', 'demo1234'); // refused: locked
    await backend.signIn('admin');
    await backend.call('auth.unlockAccount', { username: 'adviser' });
    await backend.call('auth.lock', {});
    await backend.call('auth.unlock', { password: 'demo1234' });
    await backend.call('auth.signOut', {});

    const adviser = staffId('adviser');
    const admin = staffId('admin');
    const rows = audit();
    expect(rows.map((e) => e.kind)).toEqual([
      ...Array<string>(10).fill('sign_in_failed'),
      'account_locked',
      'sign_in_refused',
      'signed_in',
      'account_unlocked',
      'screen_unlocked',
      'signed_out',
    ]);
    expect(rows[0]).toMatchObject({
      staffId: adviser,
      username: 'adviser',
      detail: '{"failures":1,"reason":"wrong_password"}',
    });
    expect(rows[10]).toMatchObject({
      staffId: adviser,
      detail: '{"failures":10,"until":"2026-11-23T10:24:00.000Z","where":"sign_in"}',
    });
    expect(rows[11]?.detail).toBe(
      '{"failures":10,"retryAt":"2026-11-23T10:24:00.000Z","locked":true}',
    );
    expect(rows.slice(12).map((e) => e.staffId)).toEqual([admin, admin, admin, admin]);
    const at = backend.opened
      .database!.sqlite.prepare('select at from audit_events order by rowid')
      .pluck()
      .all();
    expect(at[0]).toBe('2026-11-23T10:00:00.000Z'); // from the app's clock
    expect(at.at(-1)).toBe('2026-11-23T10:09:00.000Z');
  });
});

// Sign-in protection for the signed-in person's own password (go-live issue, item 4): wrong
// passwords at the lock screen count towards the same wait and lock as sign-in, and changing
// a password needs the current one, throttled like the others.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import {
  audit,
  backend,
  lockedFrom,
  said,
  signInAs,
  tooMany,
  useFreshBackend,
  WRONG,
} from './auth-protection.support';

useFreshBackend();

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

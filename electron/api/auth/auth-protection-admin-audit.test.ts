// Sign-in protection (go-live issue, item 4): an administrator unlocks a locked account at
// once, and every sign-in event is audited with who, when and what.
import { describe, expect, it } from 'vitest';
import {
  audit,
  backend,
  lockedFrom,
  lockOut,
  said,
  signInAs,
  staffId,
  useFreshBackend,
} from './auth-protection.support';

useFreshBackend();

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

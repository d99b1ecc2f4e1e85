// Staff passwords (go-live issue, item 2) through dispatch on the demo council: a one-time
// password from an administrator opens nothing but choosing one's own; a reset ends the
// sessions signed in with the old one; an administrator sees and lifts a lock-out.
import { describe, expect, it } from 'vitest';
import { ok } from '../../../test/support/backend';
import {
  backend,
  sql,
  codeOf,
  messageOf,
  siteId,
  member,
  signInWith,
  useDemoBackend,
} from './staff.support';

useDemoBackend();

describe('staff passwords', () => {
  it('a one-time password opens nothing but choosing your own', async () => {
    await backend.signIn('admin');
    const { oneTimePassword } = await ok(
      backend.call('staff.add', {
        displayName: 'Fatima Begum',
        username: 'fbegum',
        role: 'adviser',
        siteId: await siteId(),
      }),
    );
    const session = await signInWith('fbegum', oneTimePassword);
    expect(session.ok && session.value).toMatchObject({
      staff: { username: 'fbegum' },
      site: { name: 'Contact Centre' },
      mustChangePassword: true,
    });
    const refused = await backend.call('contacts.mineToday', {});
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(messageOf(refused)).toBe(
      'You signed in with a one-time password. Choose your own password before you carry on.',
    );
    expect(codeOf(await backend.call('reference.list', {}))).toBe('FORBIDDEN');

    // The password rules still hold, in words.
    const weak = await backend.call('auth.changePassword', {
      currentPassword: oneTimePassword,
      newPassword: 'short',
    });
    expect(!weak.ok && weak.error.fields?.newPassword).toMatch(/at least 12 characters/);
    const same = await backend.call('auth.changePassword', {
      currentPassword: oneTimePassword,
      newPassword: oneTimePassword,
    });
    expect(messageOf(same)).toBe('Choose a new password, not the one you use now.');
    const common = await backend.call('auth.changePassword', {
      currentPassword: oneTimePassword,
      newPassword: 'password1234',
    });
    expect(messageOf(common)).toMatch(/most commonly used/);

    await ok(
      backend.call('auth.changePassword', {
        currentPassword: oneTimePassword,
        newPassword: 'lantern meadow copper',
      }),
    );
    expect((await ok(backend.call('auth.session', {})))?.mustChangePassword).toBe(false);
    expect(codeOf(await backend.call('contacts.mineToday', {}))).toBe('OK');
    expect(sql("select must_change_password from staff where username = 'fbegum'")).toEqual([
      { must_change_password: 0 },
    ]);
    // The one-time password is spent.
    expect(codeOf(await signInWith('fbegum', oneTimePassword))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signInWith('fbegum', 'lantern meadow copper'))).toBe('OK');
  });

  it('resets a password: a new one-time password, and their open sessions end', async () => {
    await backend.signIn('adviser');
    const adviserToken = backend.token;
    await backend.signIn('admin');
    const adminToken = backend.token;
    const adviser = await member('adviser');
    const reset = await ok(backend.call('staff.resetPassword', { staffId: adviser.id }));
    expect(reset.staff.mustChangePassword).toBe(true);
    expect(sql("select kind, username from audit_events where kind = 'password_reset'")).toEqual([
      { kind: 'password_reset', username: 'adviser' },
    ]);

    backend.token = adviserToken;
    expect(codeOf(await backend.call('contacts.mineToday', {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signInWith('adviser', 'demo1234'))).toBe('UNAUTHENTICATED');
    const signedIn = await signInWith('adviser', reset.oneTimePassword);
    expect(signedIn.ok && signedIn.value.mustChangePassword).toBe(true);
    expect(codeOf(await backend.call('queue.board', {}))).toBe('FORBIDDEN');

    backend.token = adminToken;
    expect(codeOf(await backend.call('staff.accounts', {}))).toBe('OK');
  });

  it('shows an account locked by wrong passwords, and the administrator lifts the lock', async () => {
    // Ten wrong passwords for Amina, each made once the wait after the last is over.
    const start = Date.parse('2026-11-23T10:00:00Z');
    for (let i = 0; i < 10; i += 1) {
      backend.clock.set(new Date(start + i * 60_000).toISOString());
      expect(codeOf(await signInWith('adviser', 'not her password'))).toBe('UNAUTHENTICATED');
    }
    backend.clock.set('2026-11-23T10:10:00Z');
    await backend.signIn('admin');
    // Locked at 10:09 for 15 minutes: until 10:24 in London (GMT).
    expect((await member('adviser')).signInWait).toEqual({
      until: '2026-11-23T10:24:00.000Z',
      locked: true,
    });
    expect((await member('adviser2')).signInWait).toBeNull();
    expect(await ok(backend.call('auth.unlockAccount', { username: 'adviser' }))).toMatchObject({
      failuresCleared: 10,
    });
    expect((await member('adviser')).signInWait).toBeNull();
    expect(codeOf(await signInWith('adviser', 'demo1234'))).toBe('OK');
  });
});

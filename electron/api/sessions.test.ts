// A session lasts a working day at most, and answers to the staff table on every call: a
// closed account's session ends at its next call, a changed role applies at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../test/support/backend';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend(); // 2026-11-23T10:00:00Z
});
afterEach(async () => {
  await backend.close();
});

const sql = (text: string, ...params: unknown[]) =>
  backend.opened.database!.sqlite.prepare(text).run(...params);
const sessionEnded = (staffUsername: string) =>
  backend.opened
    .database!.sqlite.prepare(
      `select a.detail from audit_events a join staff s on s.id = a.staff_id
       where a.kind = 'session_ended' and s.username = ?`,
    )
    .pluck()
    .all(staffUsername);

describe('the absolute session limit', () => {
  it('ends a session after 10 hours however busy the adviser has been', async () => {
    await backend.signIn('adviser');
    const info = await backend.call('auth.session', {});
    expect(info.ok && info.value?.endsAt).toBe('2026-11-23T20:00:00.000Z');
    for (let minutes = 4; minutes < 600; minutes += 4) {
      backend.clock.advance(4 * 60_000);
      expect((await backend.call('auth.heartbeat', {})).ok).toBe(true);
    }
    backend.clock.set('2026-11-23T19:59:59.999Z');
    expect((await backend.call('reference.list', {})).ok).toBe(true);
    backend.clock.set('2026-11-23T20:00:00Z');
    const ended = await backend.call('reference.list', {});
    expect(ended).toEqual({
      ok: false,
      error: {
        code: 'UNAUTHENTICATED',
        message:
          'You have been signed in for 10 hours, the longest a session can last. Sign in again to carry on.',
      },
    });
    expect(backend.token).toBeNull(); // the host is told to forget it
    expect(sessionEnded('adviser')).toEqual(['{"reason":"time_limit"}']);
    await backend.signIn('adviser'); // a new working day starts with a new sign-in
    expect((await backend.call('reference.list', {})).ok).toBe(true);
  });

  it('follows security.sessionMaxHours, and cannot be put off by a locked screen', async () => {
    backend.setSetting('security.sessionMaxHours', 2);
    await backend.signIn('adviser');
    backend.clock.advance(60 * 60_000);
    const locked = await backend.call('reference.list', {});
    expect(!locked.ok && locked.error.code).toBe('LOCKED');
    expect((await backend.call('auth.unlock', { password: 'demo1234' })).ok).toBe(true);
    await backend.call('auth.lock', {});
    backend.clock.advance(60 * 60_000);
    const unlock = await backend.call('auth.unlock', { password: 'demo1234' });
    expect(!unlock.ok && unlock.error.message).toBe(
      'You have been signed in for 2 hours, the longest a session can last. Sign in again to carry on.',
    );
    expect(await backend.call('auth.session', {})).toEqual({ ok: true, value: null });
  });
});

describe('the staff record, checked on every call', () => {
  it('ends a closed account’s open session at its next call', async () => {
    await backend.signIn('adviser');
    expect((await backend.call('contacts.mineToday', {})).ok).toBe(true);
    sql("update staff set active = 0 where username = 'adviser'");
    const next = await backend.call('contacts.mineToday', {});
    expect(next).toEqual({
      ok: false,
      error: {
        code: 'UNAUTHENTICATED',
        message:
          'Your account is no longer active, so you have been signed out. Ask an administrator if you think this is wrong.',
      },
    });
    expect(backend.token).toBeNull();
    expect(sessionEnded('adviser')).toEqual(['{"reason":"account_closed"}']);
    const again = await backend.call('auth.signIn', { username: 'adviser', password: 'demo1234' });
    expect(!again.ok && again.error.message).toBe(
      'That username and password do not match. Check them and try again.',
    );
  });

  it('ends a closed account’s session even while its screen is locked', async () => {
    await backend.signIn('adviser');
    await backend.call('auth.lock', {});
    sql("update staff set active = 0 where username = 'adviser'");
    const unlock = await backend.call('auth.unlock', { password: 'demo1234' });
    expect(!unlock.ok && unlock.error.code).toBe('UNAUTHENTICATED');
    expect(await backend.call('auth.session', {})).toEqual({ ok: true, value: null });
  });

  it('applies a changed role at the next call, up or down', async () => {
    const general = {
      councilName: 'Northfield Council',
      lockAfterMinutes: 5,
      fcrTargetPercent: 80,
    };
    await backend.signIn('adviser');
    const before = await backend.call('settings.updateGeneral', general);
    expect(!before.ok && before.error.code).toBe('FORBIDDEN');
    sql("update staff set role = 'administrator' where username = 'adviser'");
    expect((await backend.call('settings.updateGeneral', general)).ok).toBe(true);
    const info = await backend.call('auth.session', {});
    expect(info.ok && info.value?.staff.role).toBe('administrator');

    sql("update staff set role = 'adviser' where username = 'adviser'");
    const after = await backend.call('settings.updateGeneral', general);
    expect(!after.ok && after.error.code).toBe('FORBIDDEN');
  });
});

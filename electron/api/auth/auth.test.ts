import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, referenceIds, type TestBackend } from '../../../test/support/backend';
import { openBackend } from '../backend';
import { hashPassword, verifyPassword } from '../../../db/password-hash';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.close();
});

describe('passwords', () => {
  it('are hashed with scrypt at OWASP parameters, stored with the hash', async () => {
    const hash = await hashPassword('correct horse');
    expect(hash).toMatch(/^scrypt\$17\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct horse ', hash)).toBe(false);
    expect(await hashPassword('correct horse')).not.toBe(hash); // salted
  });

  it('of the demo staff are stored hashed at OWASP parameters, never in plain text', async () => {
    // A database seeded by the app itself, not the test template (whose demo passwords are
    // rehashed at a test-only cost: test/support/demo-passwords.ts).
    const dataDir = mkdtempSync(join(tmpdir(), 'council-contact-seed-'));
    const seeded = await openBackend({ dataDir, demo: true, backgroundCheckpoints: false });
    try {
      const rows = seeded.database!.sqlite.prepare('select password_hash from staff').all() as {
        password_hash: string;
      }[];
      expect(rows).toHaveLength(4);
      for (const row of rows) {
        expect(row.password_hash).toMatch(/^scrypt\$17\$8\$1\$/);
        expect(row.password_hash).not.toContain('demo1234');
      }
    } finally {
      await seeded.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('sign-in', () => {
  it('signs in with the demo details and reports the adviser and their usual site', async () => {
    const result = await backend.call('auth.signIn', { username: 'adviser', password: 'demo1234' });
    expect(result.ok && result.value).toMatchObject({
      staff: { username: 'adviser', displayName: 'Amina Khan', role: 'adviser' },
      site: { name: 'Town Hall One Stop Shop' },
      locked: false,
      lockAfterMinutes: 5,
    });
    expect(backend.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('gives the same message for an unknown user and a wrong password', async () => {
    const unknown = await backend.call('auth.signIn', { username: 'nobody', password: 'demo1234' });
    const wrong = await backend.call('auth.signIn', { username: 'adviser', password: 'wrong' });
    expect(!unknown.ok && unknown.error.message).toBe(
      'That username and password do not match. Check them and try again.',
    );
    expect(!wrong.ok && wrong.error.message).toBe(!unknown.ok && unknown.error.message);
    expect(backend.token).toBeNull();
  });

  it('stamps the chosen site and the adviser on what they record', async () => {
    const options = await backend.call('auth.signInOptions', {});
    const riverside = options.ok
      ? options.value.sites.find((s) => s.name === 'Riverside One Stop Shop')!.id
      : '';
    await backend.call('auth.signIn', {
      username: 'adviser',
      password: 'demo1234',
      siteId: riverside,
    });
    const ids = await referenceIds(backend);
    const contact = await backend.call('contacts.quickLog', {
      channel: 'face_to_face',
      serviceId: ids.councilTax,
    });
    expect(contact.ok && contact.value).toMatchObject({
      staffName: 'Amina Khan',
      siteName: 'Riverside One Stop Shop',
      siteId: riverside,
    });
  });

  it('refuses a site not on the list, in words for the form and for the field', async () => {
    const result = await backend.call('auth.signIn', {
      username: 'adviser',
      password: 'demo1234',
      siteId: '0190a5e4-0000-7000-8000-000000000000',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Choose the site you are working at from the list.',
        fields: { siteId: 'Choose a site from the list.' },
      },
    });
    expect(backend.token).toBeNull();
  });

  it('ends the session on sign-out', async () => {
    await backend.signIn();
    expect((await backend.call('auth.signOut', {})).ok).toBe(true);
    expect(backend.token).toBeNull();
    expect(await backend.call('auth.session', {})).toEqual({ ok: true, value: null });
  });
});

describe('idle lock', () => {
  it('locks after the configured idle time and unlocks with the same password', async () => {
    await backend.signIn();
    backend.clock.advance(4 * 60_000);
    expect((await backend.call('contacts.mineToday', {})).ok).toBe(true); // activity resets the timer
    backend.clock.advance(5 * 60_000);
    expect((await backend.call('contacts.mineToday', {})).ok).toBe(true);
    backend.clock.advance(5 * 60_000 + 1);
    const locked = await backend.call('contacts.mineToday', {});
    expect(!locked.ok && locked.error.code).toBe('LOCKED');
    const session = await backend.call('auth.session', {});
    expect(session.ok && session.value?.locked).toBe(true);

    const wrong = await backend.call('auth.unlock', { password: 'nope' });
    expect(!wrong.ok && wrong.error.fields?.password).toBe('That password is not right.');
    expect((await backend.call('auth.unlock', { password: 'demo1234' })).ok).toBe(true);
    expect((await backend.call('contacts.mineToday', {})).ok).toBe(true);
  });

  it('follows the idle time an administrator sets', async () => {
    await backend.signIn('admin');
    await backend.call('settings.updateGeneral', {
      councilName: 'Demo Borough Council',
      lockAfterMinutes: 2,
      fcrTargetPercent: 80,
    });
    backend.clock.advance(2 * 60_000 + 1);
    const locked = await backend.call('reference.list', {});
    expect(!locked.ok && locked.error.code).toBe('LOCKED');
  });

  it('locks at once when the adviser asks', async () => {
    await backend.signIn();
    await backend.call('auth.lock', {});
    const locked = await backend.call('reference.list', {});
    expect(!locked.ok && locked.error.code).toBe('LOCKED');
  });
});

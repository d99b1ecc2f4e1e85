import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api';
import { createTestBackend, referenceIds, type TestBackend } from '../../test/support/backend';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend } from './backend';
import { dispatch } from './dispatch';
import { handlers } from './handlers';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.close();
});

describe('dispatch', () => {
  it('implements every method of the contract, and no others', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('refuses an unknown method with UNKNOWN_METHOD', async () => {
    const result = await backend.raw('contacts.delete', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'UNKNOWN_METHOD',
        message: 'There is no API method called "contacts.delete".',
      },
    });
  });

  it('refuses a call without a session with UNAUTHENTICATED', async () => {
    const result = await backend.call('contacts.mineToday', {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('UNAUTHENTICATED');
  });

  it('checks the session before the input, so a signed-out caller learns nothing from it', async () => {
    const bad = { channel: 'pigeon', serviceId: 'x' };
    const signedOut = await backend.raw('contacts.quickLog', bad);
    expect(signedOut).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Your session has ended. Sign in to continue.' },
    });

    await backend.signIn('adviser');
    const forbidden = await backend.raw('settings.updateGeneral', { councilName: 7 });
    expect(!forbidden.ok && forbidden.error.code).toBe('FORBIDDEN');
    expect(!forbidden.ok && forbidden.error.fields).toBeUndefined();
    await backend.call('auth.lock', {});
    const locked = await backend.raw('contacts.quickLog', bad);
    expect(!locked.ok && locked.error.code).toBe('LOCKED');

    expect((await backend.call('auth.unlock', { password: 'demo1234' })).ok).toBe(true);
    const result = await backend.raw('contacts.quickLog', bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields?.channel).toMatch(/"pigeon" is not a channel/);
    expect(result.error.fields?.serviceId).toBe('Choose the service from the list.');
  });

  it('still validates the input of a method anyone may call', async () => {
    const result = await backend.raw('auth.signIn', { username: 'adviser' });
    expect(!result.ok && result.error.code).toBe('VALIDATION');
    expect(!result.ok && result.error.fields?.password).toBe('Enter your password.');
  });

  it('refuses unexpected fields rather than ignoring them', async () => {
    await backend.signIn();
    const result = await backend.raw('contacts.mineToday', { staffId: 'someone-else' });
    expect(!result.ok && result.error.code).toBe('VALIDATION');
  });

  it('refuses a method the role may not use with FORBIDDEN', async () => {
    await backend.signIn('adviser');
    const result = await backend.call('settings.updateGeneral', {
      councilName: 'X Council',
      lockAfterMinutes: 5,
      fcrTargetPercent: 80,
    });
    expect(!result.ok && result.error.code).toBe('FORBIDDEN');
    await backend.signIn('admin');
    const allowed = await backend.call('settings.updateGeneral', {
      councilName: 'Northfield Borough Council',
      lockAfterMinutes: 10,
      fcrTargetPercent: 85,
    });
    expect(allowed).toEqual({
      ok: true,
      value: {
        councilName: 'Northfield Borough Council',
        lockAfterMinutes: 10,
        fcrTargetPercent: 85,
        confirmOlderThanDays: 7,
        offlineHistoryDays: 90,
      },
    });
  });

  it('turns an unexpected failure into INTERNAL without leaking the detail', async () => {
    await backend.signIn();
    const ids = await referenceIds(backend);
    backend.opened.database!.sqlite.exec(
      'drop index contacts_started_at; alter table contacts rename to contacts_gone',
    );
    const result = await backend.call('contacts.quickLog', {
      channel: 'telephone',
      serviceId: ids.councilTax,
    });
    expect(!result.ok && result.error.code).toBe('INTERNAL');
    expect(!result.ok && result.error.message).not.toMatch(/contacts/);
  });

  it('answers every call with the reason when the database could not be opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-broken-'));
    writeFileSync(
      join(dir, 'council-contact.sqlite'),
      'this is not a database, just text that is long enough to look like a header'.repeat(50),
    );
    const broken = await openBackend({ dataDir: dir });
    const { result } = await dispatch(broken.backend, {
      method: 'auth.signInOptions',
      input: {},
      token: null,
    });
    expect(!result.ok && result.error.code).toBe('DATABASE');
    expect(!result.ok && result.error.message).toMatch(
      /not a readable Council Contact database|integrity check/,
    );
  });
});

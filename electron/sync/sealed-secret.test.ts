// The desk's secret at rest (issue 21): sealed with the operating system's key store where
// Electron has one, kept as given where it has none, and unsealed for each push and pull.
import { describe, expect, it, onTestFinished } from 'vitest';
import { createEnrolmentCode } from '../../server/enrolment/enrol';
import { createTestBackend } from '../../test/support/backend';
import { safeStorageSealer, type SafeStorage } from './safe-storage';
import { startCouncil } from './sync.support';

/** Stands in for Electron's safeStorage (no Electron in the test run): a reversible seal. */
const keyStore = (available: boolean): SafeStorage => ({
  isEncryptionAvailable: () => available,
  encryptString: (plain) => Buffer.from(`sealed:${[...plain].reverse().join('')}`),
  decryptString: (sealed) => [...sealed.toString().replace(/^sealed:/, '')].reverse().join(''),
});

describe('the desk’s secret', () => {
  it('is kept sealed where the key store is available, and still opens push and pull', async () => {
    const council = await startCouncil();
    const backend = await createTestBackend(undefined, {
      sync: {
        intervalMs: 3_600_000,
        nudgeMs: 3_600_000,
        sealer: safeStorageSealer(keyStore(true)),
      },
    });
    onTestFinished(() => backend.close());
    await backend.signIn('admin');
    const { code } = await createEnrolmentCode(council.db, {
      siteId: 'TH',
      createdBy: 'admin',
      ttlHours: 1,
    });
    const joined = await backend.call('sync.enrol', {
      serverUrl: council.url,
      code,
      deskName: 'Desk A',
    });
    expect(joined).toMatchObject({ ok: true, value: { secretSealed: true, online: true } });
    const row = backend.opened
      .database!.sqlite.prepare('select secret, sealed from sync_state')
      .get() as { secret: string; sealed: number };
    expect(row.sealed).toBe(1);
    expect(Buffer.from(row.secret, 'base64').toString()).toMatch(/^sealed:/);
    expect(await backend.call('sync.now', {})).toMatchObject({ ok: true, value: { online: true } });
  });

  it('has no sealer where the key store is unavailable', () => {
    expect(safeStorageSealer(keyStore(false))).toBeNull();
  });
});

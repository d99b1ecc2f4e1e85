// Reports are worked out in a worker thread with its own read-only connection; a worker
// that dies is replaced on the next report, and its failure reaches the caller as a message.
// The worker also checkpoints the log, so that no save does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { createTestBackend, referenceIds, type TestBackend } from '../../test/support/backend';
import { ReportRunner } from './runner';

let backend: TestBackend | undefined;
afterEach(() => backend?.close());

describe('ReportRunner', () => {
  it('answers from another thread, and starts a new worker after one dies', async () => {
    backend = await createTestBackend('2026-11-23T17:00:00Z');
    const runner = new ReportRunner(backend.opened.database!.file);
    const scope = { from: '2026-11-23', to: '2026-11-23' };
    const first = await runner.report(scope, new Date('2026-11-23T17:00:00Z'));
    expect(first.scopeLabel).toBe('All sites, all teams');
    const worker = (
      runner as unknown as { worker: { threadId: number; terminate(): Promise<number> } }
    ).worker;
    expect(worker.threadId).not.toBe(threadId);

    await worker.terminate();
    const again = await runner.report(scope, new Date('2026-11-23T17:00:00Z'));
    expect(again.from).toBe('2026-11-23');
    await expect(
      runner.report({ ...scope, siteId: '00000000-0000-4000-8000-000000000000' }, new Date()),
    ).rejects.toThrow('That site does not exist.');
    await runner.close();
  });
});

describe('checkpoints on the reports worker', () => {
  /** What a copy of the database file alone (without its log) holds. */
  function contactsInMainFile(file: string): number {
    const copy = join(mkdtempSync(join(tmpdir(), 'council-contact-main-only-')), 'copy.sqlite');
    copyFileSync(file, copy);
    const sqlite = new SQLite(copy, { readonly: true });
    const n = sqlite.prepare('select count(*) from contacts').pluck().get() as number;
    sqlite.close();
    return n;
  }

  it('copies committed saves from the log into the database without any save doing it', async () => {
    backend = await createTestBackend('2026-11-23T10:00:00Z');
    const { sqlite, file } = backend.opened.database!;
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const before = contactsInMainFile(file);
    // Saves commit to the log only: the write connection's own threshold is far away.
    await backend.signIn();
    const { councilTax } = await referenceIds(backend);
    for (let i = 0; i < 3; i += 1) {
      const saved = await backend.call('contacts.quickLog', {
        channel: 'telephone',
        serviceId: councilTax,
      });
      expect(saved.ok).toBe(true);
    }
    expect(contactsInMainFile(file)).toBe(before);

    const runner = new ReportRunner(file, 50);
    await vi.waitFor(() => expect(contactsInMainFile(file)).toBe(before + 3), {
      timeout: 10_000,
      interval: 100,
    });
    await runner.close();
  });
});

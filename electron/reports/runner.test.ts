// Reports are worked out in a worker thread with its own read-only connection; a worker
// that dies is replaced on the next report, and its failure reaches the caller as a message.
import { afterEach, describe, expect, it } from 'vitest';
import { threadId } from 'node:worker_threads';
import { createTestBackend, type TestBackend } from '../../test/support/backend';
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

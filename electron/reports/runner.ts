// Runs report queries in the reports worker (worker.ts) and hands back the answer, so the
// main process's event loop, which serves every desk's calls, never waits on a report. The
// worker starts on first use and again after a crash; when it also checkpoints the log
// (checkpoints.ts), it starts at once and comes back a second after a crash.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiFailure } from '../../shared/api/errors';
import type { StatsRecords, StatsReport } from '../../shared/api/stats';
import type { ReportRequest, ReportResponse, WorkerData } from './messages';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Input<K extends ReportRequest['kind']> = Extract<ReportRequest, { kind: K }>['input'];

/** The bundled worker beside the built main process, or the sources under tsx. */
function workerEntry(): URL {
  const built = new URL('./reports-worker.js', import.meta.url);
  return existsSync(fileURLToPath(built)) ? built : new URL('./worker-dev.mjs', import.meta.url);
}

export class ReportRunner {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly file: string,
    private readonly checkpointEveryMs?: number,
  ) {
    if (checkpointEveryMs) this.start();
  }

  report(input: Input<'report'>, now: Date): Promise<StatsReport> {
    return this.send({ kind: 'report', input, now: now.toISOString() }) as Promise<StatsReport>;
  }

  records(input: Input<'records'>, now: Date): Promise<StatsRecords> {
    return this.send({ kind: 'records', input, now: now.toISOString() }) as Promise<StatsRecords>;
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private send(request: Omit<ReportRequest, 'id'>): Promise<unknown> {
    const id = this.nextId++;
    const worker = this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...request, id });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const workerData: WorkerData = { file: this.file, checkpointEveryMs: this.checkpointEveryMs };
    const worker = new Worker(workerEntry(), { workerData });
    worker.unref();
    worker.on('message', (response: ReportResponse) => {
      const waiting = this.pending.get(response.id);
      if (!waiting) return;
      this.pending.delete(response.id);
      if (this.pending.size === 0) worker.unref();
      if (response.ok) waiting.resolve(response.value);
      else
        waiting.reject(
          new ApiFailure(response.error.code, response.error.message, response.error.fields),
        );
    });
    const fail = (message: string) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values())
        waiting.reject(new ApiFailure('INTERNAL', message));
      this.pending.clear();
      if (this.checkpointEveryMs && !this.closed && this.worker === null)
        setTimeout(() => {
          if (!this.closed && this.worker === null) this.start();
        }, 1_000).unref();
    };
    worker.on('error', (error) => {
      console.error('[reports] worker failed:', error);
      fail('The report could not be worked out. Try again.');
    });
    worker.on('exit', () => fail('The report stopped before it finished. Try again.'));
    this.worker = worker;
    // Referenced only while a report is being worked out: an idle worker must not keep a
    // closing app (or a test run) alive.
    return worker;
  }
}

// A second reports thread, so one report uses two cores: SQLite reads on separate
// connections run in parallel under WAL, and better-sqlite3 is synchronous, so parts on one
// thread can only run one after another. The reports worker sends it whole parts
// (parts.ts) and goes on with its own; the helper starts on first use and again after a crash.
import { Worker } from 'node:worker_threads';
import type { WorkerData } from './messages';
import type { PartName, PartRequest, PartResponse, ReportParts } from './parts';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export class HelperThread implements ReportParts {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    private readonly entry: URL,
    private readonly file: string,
  ) {}

  handOffSpan: ReportParts['handOffSpan'] = (...args) =>
    this.ask('handOffSpan', args) as ReturnType<ReportParts['handOffSpan']>;

  breakdowns: ReportParts['breakdowns'] = (...args) =>
    this.ask('breakdowns', args) as ReturnType<ReportParts['breakdowns']>;

  private ask(part: PartName, args: unknown[]): Promise<unknown> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, part, args } satisfies PartRequest);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const workerData: WorkerData = { file: this.file, role: 'helper' };
    const worker = new Worker(this.entry, { workerData });
    worker.on('message', (response: PartResponse) => {
      const waiting = this.pending.get(response.id);
      if (!waiting) return;
      this.pending.delete(response.id);
      if (this.pending.size === 0) worker.unref();
      if (response.ok) waiting.resolve(response.value);
      else waiting.reject(new Error(response.message));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', () => fail(new Error('The reports helper thread stopped.')));
    this.worker = worker;
    return worker;
  }
}

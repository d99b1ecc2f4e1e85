// Asks a worker thread questions and hands back its answers: each message carries an id,
// the answer with that id settles its promise, and a thread that fails or exits rejects
// everything it still owed. The thread starts on first use and again after it dies. It is
// referenced only while a question is open: an idle thread must not keep a closing app (or
// a test run) alive. Used by the desk's reports runner (main process), the council server's
// (server/records/report-runner.ts), and by each reports worker for its helper thread.
import { Worker } from 'node:worker_threads';
import { ApiFailure, type ApiError } from '../../shared/api/errors';

export type ThreadResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ApiError };

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export class ThreadClient {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    private readonly entry: URL,
    private readonly workerData: unknown,
    private readonly name: string,
    /** Called when the thread died (not when `close`d). */
    private readonly onDeath?: () => void,
  ) {}

  get running(): boolean {
    return this.worker !== null;
  }

  /** The thread while it runs. */
  get current(): Worker | null {
    return this.worker;
  }

  ask(message: object): Promise<unknown> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...message, id });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.entry, { workerData: this.workerData });
    worker.unref();
    worker.on('message', (response: ThreadResponse) => {
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
      const died = this.worker === worker;
      if (died) this.worker = null;
      for (const waiting of this.pending.values())
        waiting.reject(new ApiFailure('INTERNAL', message));
      this.pending.clear();
      if (died) this.onDeath?.();
    };
    worker.on('error', (error) => {
      console.error(`[${this.name}] thread failed:`, error);
      fail('The report could not be worked out. Try again.');
    });
    worker.on('exit', () => fail('The report stopped before it finished. Try again.'));
    this.worker = worker;
    return worker;
  }
}

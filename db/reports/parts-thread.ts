// A second reports thread, so one report uses two cores: the desk's reports worker and the
// council server's each send it whole parts (parts.ts) and go on with their own. On a desk,
// SQLite reads on separate connections run in parallel under WAL, and better-sqlite3 is
// synchronous, so parts on one thread could only run one after another; on the council server
// the hand-offs' rows are read and decided while the reports worker counts the days. The
// thread starts on first use and again after a crash.
import type { PartName, ReportParts } from './parts';
import { ThreadClient } from './thread-client';

export class PartsThread implements ReportParts {
  private readonly thread: ThreadClient;

  /** `workerData` tells the entry to answer parts (each worker's own `role: 'helper'`). */
  constructor(entry: URL, workerData: unknown) {
    this.thread = new ThreadClient(entry, workerData, 'reports helper');
  }

  handOffRows: ReportParts['handOffRows'] = (...args) =>
    this.ask('handOffRows', args) as ReturnType<ReportParts['handOffRows']>;

  breakdowns: ReportParts['breakdowns'] = (...args) =>
    this.ask('breakdowns', args) as ReturnType<ReportParts['breakdowns']>;

  close(): Promise<void> {
    return this.thread.close();
  }

  private ask(part: PartName, args: unknown[]): Promise<unknown> {
    return this.thread.ask({ part, args });
  }
}

// A second reports thread, so one report uses two cores: SQLite reads on separate
// connections run in parallel under WAL, and better-sqlite3 is synchronous, so parts on one
// thread can only run one after another. The reports worker sends it whole parts
// (parts.ts) and goes on with its own; the helper starts on first use and again after a crash.
import type { WorkerData } from './messages';
import type { PartName, ReportParts } from '../../db/reports/parts';
import { ThreadClient } from './thread-client';

export class HelperThread implements ReportParts {
  private readonly thread: ThreadClient;

  constructor(entry: URL, file: string) {
    const workerData: WorkerData = { file, role: 'helper' };
    this.thread = new ThreadClient(entry, workerData, 'reports helper');
  }

  handOffSpan: ReportParts['handOffSpan'] = (...args) =>
    this.ask('handOffSpan', args) as ReturnType<ReportParts['handOffSpan']>;

  breakdowns: ReportParts['breakdowns'] = (...args) =>
    this.ask('breakdowns', args) as ReturnType<ReportParts['breakdowns']>;

  private ask(part: PartName, args: unknown[]): Promise<unknown> {
    return this.thread.ask({ part, args });
  }
}

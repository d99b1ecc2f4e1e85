// Asks the server's reports thread (./report-worker.ts) for a report and hands back its answer,
// so the event loop that answers every desk's push and pull never works out figures. The
// thread starts on first use and again after a crash; a report it could not finish rejects.
import { ThreadClient } from '../../db/reports/thread-client';
import type { CouncilReport } from './council-reports';
import type { RecordsSettings } from './report-db';
import type { ReportWorkerData } from './report-messages';

export class CouncilReportRunner {
  private readonly thread: ThreadClient;

  constructor(records: RecordsSettings) {
    const workerData: ReportWorkerData = { records, role: 'reports' };
    this.thread = new ThreadClient(
      new URL('./report-worker-entry.mjs', import.meta.url),
      workerData,
      'council reports',
    );
  }

  run(report: CouncilReport, input: unknown, now: Date): Promise<object> {
    return this.thread.ask({ report, input, now: now.toISOString() }) as Promise<object>;
  }

  close(): Promise<void> {
    return this.thread.close();
  }
}

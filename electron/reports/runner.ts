// Runs report queries in the reports worker (worker.ts) and hands back the answer, so the
// main process's event loop, which serves every desk's calls, never waits on a report. The
// worker starts on first use and again after a crash; when it also checkpoints the log
// (checkpoints.ts), it starts at once and comes back a second after a crash.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DuplicateCheckSummary } from '../../shared/api/customers';
import type { NesdsEvidenceReport } from '../../shared/api/nesds';
import type { SurveyFigures } from '../../shared/api/surveys';
import type { StatsRecords, StatsReport } from '../../shared/api/stats';
import type { ReportRequest, WorkerData } from './messages';
import { ThreadClient } from '../../db/reports/thread-client';

type Input<K extends Exclude<ReportRequest['kind'], 'duplicates'>> = Extract<
  ReportRequest,
  { kind: K }
>['input'];
/** A request without its id, kind by kind. */
type Unsent<R = ReportRequest> = R extends unknown ? Omit<R, 'id'> : never;

/** The bundled worker beside the built main process, or the sources under tsx. */
function workerEntry(): URL {
  const built = new URL('./reports-worker.js', import.meta.url);
  return existsSync(fileURLToPath(built)) ? built : new URL('./worker-dev.mjs', import.meta.url);
}

export class ReportRunner {
  private readonly thread: ThreadClient;
  private closed = false;

  constructor(file: string, checkpointEveryMs?: number) {
    const workerData: WorkerData = { file, checkpointEveryMs };
    const restart = () =>
      setTimeout(() => {
        if (!this.closed && !this.thread.running) this.thread.start();
      }, 1_000).unref();
    this.thread = new ThreadClient(
      workerEntry(),
      workerData,
      'reports',
      checkpointEveryMs ? restart : undefined,
    );
    if (checkpointEveryMs) this.thread.start();
  }

  /** The worker thread itself, while it runs (tests end it to show it is replaced). */
  private get worker() {
    return this.thread.current;
  }

  report(input: Input<'report'>, now: Date): Promise<StatsReport> {
    return this.send({ kind: 'report', input, now: now.toISOString() }) as Promise<StatsReport>;
  }

  /** The NeSDS evidence report for a period (evidence.ts). */
  evidence(input: Input<'evidence'>, now: Date): Promise<NesdsEvidenceReport> {
    return this.send({
      kind: 'evidence',
      input,
      now: now.toISOString(),
    }) as Promise<NesdsEvidenceReport>;
  }

  /** A period's satisfaction with its year-long trend (a year of a large council's contacts
   * takes over a second to read). */
  surveyFigures(input: Input<'surveys'>, now: Date): Promise<SurveyFigures> {
    return this.send({ kind: 'surveys', input, now: now.toISOString() }) as Promise<SurveyFigures>;
  }

  records(input: Input<'records'>, now: Date): Promise<StatsRecords> {
    return this.send({ kind: 'records', input, now: now.toISOString() }) as Promise<StatsRecords>;
  }

  /** Finds and stores likely duplicate customer records (duplicate-check.ts). */
  checkDuplicates(now: Date): Promise<DuplicateCheckSummary> {
    return this.send({
      kind: 'duplicates',
      now: now.toISOString(),
    }) as Promise<DuplicateCheckSummary>;
  }

  close(): Promise<void> {
    this.closed = true;
    return this.thread.close();
  }

  private send(request: Unsent): Promise<unknown> {
    return this.thread.ask(request);
  }
}

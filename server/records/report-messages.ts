// What the council server and its reports thread (./report-worker.ts) say to each other.
import type { CouncilReport } from './council-reports';
import type { RecordsSettings } from './report-db';

export interface ReportWorkerData {
  /** The reports' pool as the server made it; each thread opens its own the same way. */
  records: RecordsSettings;
  /** The reports thread, or the helper it hands parts of a report to. */
  role?: 'reports' | 'helper';
}

export interface CouncilReportRequest {
  id: number;
  report: CouncilReport;
  input: unknown;
  now: string;
}

/** The message a report stopped by the statement timeout comes back with. */
export const REPORT_TIMED_OUT =
  'The council server stopped this report: it took longer than its time limit. Choose a shorter period, or try again when fewer reports are running.';

/** PostgreSQL's "canceling statement due to statement timeout". */
export const STATEMENT_TIMED_OUT = '57014';

/** A statement stopped at the time limit, here or in the reports thread. */
export const timedOut = (error: unknown): boolean =>
  (error as { code?: unknown }).code === STATEMENT_TIMED_OUT ||
  (error instanceof Error && error.message === REPORT_TIMED_OUT);

// What the main process and the reports worker say to each other.
import type { Breakdown, Drill, StatsScope } from '../../shared/api/stats';

export type ReportRequest =
  | { id: number; kind: 'report'; now: string; input: StatsScope }
  | { id: number; kind: 'evidence'; now: string; input: { from: string; to: string } }
  | {
      id: number;
      kind: 'surveys';
      now: string;
      input: { from: string; to: string; siteId?: string | undefined };
    }
  | {
      id: number;
      kind: 'records';
      now: string;
      input: {
        scope: StatsScope;
        drill: Drill;
        breakdown?: Breakdown;
        key?: string;
        /** The page's first record (record-parts.ts). */
        offset?: number;
      };
    }
  /** The duplicate check (duplicate-check.ts): finds and stores likely duplicate records. */
  | { id: number; kind: 'duplicates'; now: string };

export interface WorkerData {
  file: string;
  /** The reports worker, or the helper it hands parts of a report to (db/reports/parts-thread.ts). */
  role?: 'reports' | 'helper';
  /** Checkpoint the write-ahead log this often; absent: leave it to SQLite's own. */
  checkpointEveryMs?: number;
}

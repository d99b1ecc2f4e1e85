import type { Breakdown, Drill } from '../../../../shared/api/stats';

export interface RecordsRequest {
  drill: Drill;
  breakdown?: Breakdown;
  key?: string;
  /** What the list shows, for its heading and file name. */
  label: string;
}

export type OpenRecords = (request: RecordsRequest) => void;

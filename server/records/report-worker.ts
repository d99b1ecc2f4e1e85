// The council server's reports thread (issue 23: "long reports never hold up the server's push
// and pull"). The reports' SQL already runs on a pool of its own; this thread also takes the
// work of turning rows into figures (a month's evidence is a third of a second of it) off the
// event loop that answers every desk's push and pull. Like the desk's reports worker, it hands
// the hand-offs and breakdowns of a report to a helper thread (this file again), so one report
// uses two cores. Each thread opens its own read-only pool the way the server's was made.
import { workerData } from 'node:worker_threads';
import type { ApiError } from '../../shared/api/errors';
import { localParts, runPart, type PartRequest } from '../../db/reports/parts';
import { PartsThread } from '../../db/reports/parts-thread';
import { answerEach, reportError } from '../../db/reports/thread-answer';
import { connectRecords } from './report-db';
import { COUNCIL_REPORTS } from './council-reports';
import {
  REPORT_TIMED_OUT,
  timedOut,
  type CouncilReportRequest,
  type ReportWorkerData,
} from './report-messages';

function errorOf(error: unknown): ApiError {
  if (timedOut(error)) return { code: 'INTERNAL', message: REPORT_TIMED_OUT };
  return reportError(error);
}

const { records: settings, role } = workerData as ReportWorkerData;
const { connectionString, ...options } = settings;
// The thread's own connections, whatever the route's pool holds (it only checks who asks):
// the helper reads one part at a time; the reports thread asks many queries at once.
const records = connectRecords(connectionString, {
  ...options,
  max: role === 'helper' ? 2 : 4,
});

if (role === 'helper') {
  const parts = localParts(records);
  answerEach((request: PartRequest) => runPart(parts, request), errorOf);
} else {
  const helper = new PartsThread(new URL('./report-worker-entry.mjs', import.meta.url), {
    records: settings,
    role: 'helper',
  } satisfies ReportWorkerData);
  answerEach(
    (request: CouncilReportRequest) =>
      COUNCIL_REPORTS[request.report](
        records,
        request.input as never,
        new Date(request.now),
        helper,
      ),
    errorOf,
  );
}

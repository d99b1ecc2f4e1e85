// The reports worker: a thread of its own with its own read-only connection, so a year's
// report never holds up the main process's event loop and the app stays responsive (WAL
// lets it read while the desks keep writing). It also checkpoints the write-ahead log (see
// checkpoints.ts), so no adviser's save pays for copying the log into the database. The same
// file runs as its helper thread (db/reports/parts-thread.ts), which answers parts of a report.
import { workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import { AppSqliteDialect } from '../../db/dialect';
import type { Database } from '../../db/schema';
import { surveyFigures } from '../../db/reports/survey-figures';
import { buildEvidence } from '../../db/reports/evidence';
import { buildRecords } from '../../db/reports/records';
import { buildReport } from '../../db/reports/report';
import { checkpointEvery } from './checkpoints';
import { openDuplicateCheckConnection } from '../../db/queries/customers/duplicate-connection';
import { runDuplicateCheck } from './duplicate-check';
import { PartsThread } from '../../db/reports/parts-thread';
import { answerEach } from '../../db/reports/thread-answer';
import type { ReportRequest, WorkerData } from './messages';
import { localParts, runPart, type PartRequest } from '../../db/reports/parts';

const { file, checkpointEveryMs, role } = workerData as WorkerData;
const sqlite = new SQLite(file, {
  readonly: true,
  fileMustExist: true,
});
sqlite.pragma('busy_timeout = 5000');
const db = new Kysely<Database>({ dialect: new AppSqliteDialect(sqlite) });
if (checkpointEveryMs) checkpointEvery(file, checkpointEveryMs);

/** This file again: bundled, or the sources under tsx (a thread does not inherit the loader). */
const selfEntry = import.meta.url.endsWith('.ts')
  ? new URL('./worker-dev.mjs', import.meta.url)
  : new URL(import.meta.url);

if (role === 'helper') {
  const parts = localParts(db);
  answerEach((request: PartRequest) => runPart(parts, request));
} else {
  const helper = new PartsThread(selfEntry, { file, role: 'helper' } satisfies WorkerData);
  // The duplicate check writes what it finds, so it has a connection of its own, opened on
  // first use; checks run one after another.
  let duplicateConnection: SQLite.Database | undefined;
  let duplicateChecks: Promise<unknown> = Promise.resolve();
  const checkDuplicates = (now: Date) => {
    const run = duplicateChecks.then(() =>
      runDuplicateCheck((duplicateConnection ??= openDuplicateCheckConnection(file)), now),
    );
    duplicateChecks = run.catch(() => undefined);
    return run;
  };
  answerEach((request: ReportRequest) => {
    const now = new Date(request.now);
    switch (request.kind) {
      case 'report':
        return buildReport(db, request.input, now, helper);
      case 'evidence':
        return buildEvidence(db, request.input, now, helper);
      case 'surveys':
        return surveyFigures(db, request.input);
      case 'records':
        return buildRecords(db, request.input, now);
      case 'duplicates':
        return checkDuplicates(now);
    }
  });
}

// Pull (issue 21): the council's changes since this desk's cursor, a page at a time. Each
// page is applied in one SQLite transaction together with the cursor that follows it, so a
// desk stopped mid-pull (killed, powered off) has either all of a page and its cursor or
// none of it, and pulls the same page again. Applied changes join the change log already
// shipped: they never go back to the server.
import { applyPulledChange, type ApplyResult } from '../../db/queries/sync/apply';
import { pendingPulls, recordProblem, settleProblems } from '../../db/queries/sync/problems';
import { readSyncState, saveCursor } from '../../db/queries/sync/state';
import { inTransaction, type Db, type Tx } from '../../db/write';
import type { PulledChange, PullPage } from '../../shared/sync/wire';
import { serverRequest, type ServerAddress } from './server-request';

export interface PullOptions extends ServerAddress {
  db: Db;
  now?: () => Date;
  /** Changes asked for a page (the server gives at most 1,000). */
  pageSize?: number;
}

export interface PullReport {
  pages: number;
  /** Other desks' changes applied here in this run (own changes and repeats not counted). */
  applied: number;
  /** Changes that could not be applied here and are listed as sync problems. */
  problems: number;
  /** Which records changed, for the screens showing them to reload. */
  touched: { entity: string; entityId: string }[];
  failed?: { reason: string; status?: number; reached: boolean };
}

function isPage(body: unknown): body is PullPage {
  const page = body as PullPage | null;
  return (
    Array.isArray(page?.changes) &&
    typeof page?.cursor === 'string' &&
    typeof page?.more === 'boolean'
  );
}

/** Notes one outcome in the report and, when it could not be applied, in the problems list. */
async function settle(
  tx: Tx,
  change: PulledChange,
  result: ApplyResult,
  report: PullReport,
  at: string,
): Promise<void> {
  if (result.status === 'applied') {
    report.applied += 1;
    report.touched.push({ entity: change.entity, entityId: change.entityId });
    for (const step of result.overtaken) {
      await recordProblem(
        tx,
        {
          direction: 'pull',
          mutationId: step.mutationId,
          entity: change.entity,
          entityId: change.entityId,
          staffId: null,
          reason: step.reason,
        },
        at,
      );
    }
  } else if (result.status === 'not applied') {
    report.problems += 1;
    await recordProblem(
      tx,
      {
        direction: 'pull',
        mutationId: change.mutationId,
        entity: change.entity,
        entityId: change.entityId,
        staffId: change.staffId,
        reason: result.reason,
        change,
      },
      at,
    );
  }
}

/** Tries again the pulled changes that could not be applied before (their record may be here now). */
async function retryPending(tx: Tx, ownDeskId: string, report: PullReport, at: string) {
  for (const { mutationId, change } of await pendingPulls(tx)) {
    const pulled = change as PulledChange;
    const result = await applyPulledChange(tx, pulled, ownDeskId, at);
    if (result.status === 'not applied') continue;
    await settleProblems(tx, 'pull', [mutationId], at);
    if (result.status === 'applied') await settle(tx, pulled, result, report, at);
  }
}

export async function pullAll(options: PullOptions): Promise<PullReport> {
  const { db } = options;
  const report: PullReport = { pages: 0, applied: 0, problems: 0, touched: [] };
  let cursor = (await readSyncState(db)).cursor.toString();
  for (;;) {
    const size = options.pageSize ?? 1000;
    const answer = await serverRequest(options, `/sync/pull?after=${cursor}&limit=${size}`);
    if (!answer.ok) {
      report.failed = {
        reason: answer.reason,
        reached: answer.reached,
        ...(answer.status ? { status: answer.status } : {}),
      };
      return report;
    }
    if (!isPage(answer.body)) {
      report.failed = {
        reason: 'The council server’s page of changes was not readable.',
        reached: true,
      };
      return report;
    }
    const page = answer.body;
    const at = (options.now?.() ?? new Date()).toISOString();
    await inTransaction(db, async (tx) => {
      for (const change of page.changes) {
        await settle(
          tx,
          change,
          await applyPulledChange(tx, change, options.deskId, at),
          report,
          at,
        );
      }
      await saveCursor(tx, page.cursor);
      if (!page.more) await retryPending(tx, options.deskId, report, at);
    });
    report.pages += 1;
    cursor = page.cursor;
    if (!page.more) return report;
  }
}

// A customer's older history for a joined desk (issue 21's offline profile): a desk keeps only
// the last N days of contacts, visits and items, and reads what came before from here, so the
// single view (NeSDS standard 23) still shows one timeline across every channel. The entries
// are made by the same code the desk runs on its own copy (db/reports/customer-timeline.ts),
// from the council's records, on the reports' read-only pool (./report-db.ts).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { ROLES } from '../../shared/domain/staff';
import { customerTimeline } from '../../db/reports/customer-timeline';
import type { ServerDb } from '../db/connect';
import { catchUpRecords } from './catch-up';
import type { RecordsDb } from './report-db';

/** Enough for years of a busy customer's history in one small answer; the desk asks again. */
export const HISTORY_PAGE = 200;

const body = z
  .object({
    customerId: z.string().min(1).max(100),
    staffId: z.string().min(1).max(100),
    /** Entries that started before this instant: where the desk's own copy begins. */
    before: z.iso.datetime(),
    /** The desk's clock, for the clocks of any item still open. */
    now: z.iso.datetime(),
    limit: z.number().int().min(1).max(HISTORY_PAGE).default(HISTORY_PAGE),
  })
  .strict();

/**
 * The single view is open to every staff role but the waiting-area display's, which opens only
 * the board (electron/api/session-check.ts; shared/api/access-rules.ts OPEN_TO_EVERY_STAFF_ROLE).
 */
const SINGLE_VIEW_ROLES: readonly string[] = ROLES.filter((role) => role !== 'display');

/** The member of staff's role when they are active and may see a customer's history. */
async function viewerRole(records: RecordsDb, staffId: string): Promise<string | null> {
  const person = await records
    .selectFrom('staff')
    .select(['role', 'active'])
    .where('id', '=', staffId)
    .executeTakeFirst();
  const allowed =
    !!person && Number(person.active) === 1 && SINGLE_VIEW_ROLES.includes(person.role);
  return allowed ? person.role : null;
}

function refuse(reply: FastifyReply, status: number, error: string) {
  return reply.code(status).send({ error });
}

export function historyRoutes(app: FastifyInstance, db: ServerDb, records: RecordsDb): void {
  app.post('/records/customer-history', async (request, reply) => {
    const asked = body.safeParse(request.body);
    if (!asked.success) {
      const issue = asked.error.issues[0]!;
      return refuse(
        reply,
        400,
        `Send { customerId, staffId, before, now, limit? (1 to ${HISTORY_PAGE}) }: ${issue.path.join('.') || 'the body'} ${issue.message}`,
      );
    }
    const { customerId, staffId, before, now, limit } = asked.data;
    // Every change the server holds is in the records before they are read.
    await catchUpRecords(db);
    const role = await viewerRole(records, staffId);
    if (!role) {
      return refuse(
        reply,
        403,
        'The council server does not know this member of staff as an active adviser, team leader or administrator, so it shows them no customer history.',
      );
    }
    // The rules on what a person may see apply here as on the desk: a complaint about a named
    // member of staff reaches only a team leader or administrator (feedbackViews).
    const part = await customerTimeline(
      records,
      new Date(now),
      customerId,
      { role },
      {
        before: new Date(before).toISOString(),
        limit,
      },
    );
    return { entries: part.entries, more: part.more };
  });
}

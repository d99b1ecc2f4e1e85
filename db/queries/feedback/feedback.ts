// Complaints, compliments and comments (NeSDS standards 7 and 20) with the names their views
// show, and each complaint's stages. `aboutNamedStaff` is read from SQLite's 0/1 here.
import type { FeedbackKind } from '../../../shared/domain/feedback';
import type { ReadableDB } from '../../handles';

function selectFeedback(db: ReadableDB) {
  return db
    .selectFrom('feedback as f')
    .innerJoin('services as s', 's.id', 'f.service_id')
    .innerJoin('staff as st', 'st.id', 'f.logged_by')
    .leftJoin('customers as c', 'c.id', 'f.customer_id')
    .selectAll('f')
    .select([
      's.name as service_name',
      'st.display_name as logged_by_name',
      'st.team as logged_by_team',
      'c.display_name as customer_name',
    ]);
}

export interface FeedbackFilter {
  id?: string | undefined;
  customerId?: string | undefined;
  kind?: FeedbackKind | undefined;
  /** Only complaints still open. */
  openOnly?: boolean;
  /** Received in `[from, to)` (instants). */
  received?: { from: string; to: string };
  /** Leave out items about a named member of staff (for those who may not see them). */
  hideNamedStaff?: boolean;
  /** Newest received first, at most this many. */
  newestFirst?: number;
}

export async function listFeedbackRows(db: ReadableDB, filter: FeedbackFilter) {
  let query = selectFeedback(db);
  if (filter.id) query = query.where('f.id', '=', filter.id);
  if (filter.customerId) query = query.where('f.customer_id', '=', filter.customerId);
  if (filter.kind) query = query.where('f.kind', '=', filter.kind);
  if (filter.openOnly) query = query.where('f.status', '=', 'open');
  if (filter.received)
    query = query
      .where('f.received_at', '>=', filter.received.from)
      .where('f.received_at', '<', filter.received.to);
  if (filter.newestFirst !== undefined)
    query = query.orderBy('f.received_at', 'desc').limit(filter.newestFirst);
  if (filter.hideNamedStaff) query = query.where('f.about_named_staff', '=', 0);
  const rows = await query.execute();
  return rows.map(({ about_named_staff, ...row }) => ({
    ...row,
    aboutNamedStaff: about_named_staff === 1,
  }));
}
export type FeedbackRow = Awaited<ReturnType<typeof listFeedbackRows>>[number];

/** The stages of these complaints, each complaint's in the order they began. */
export async function complaintStagesOf(db: ReadableDB, feedbackIds: string[]) {
  return db
    .selectFrom('complaint_stages')
    .selectAll()
    .where('feedback_id', 'in', feedbackIds)
    .orderBy('started_at')
    .execute();
}

/** The stage a complaint is at: the one that began last. */
export async function currentStage(db: ReadableDB, feedbackId: string) {
  return db
    .selectFrom('complaint_stages')
    .selectAll()
    .where('feedback_id', '=', feedbackId)
    .orderBy('started_at', 'desc')
    .executeTakeFirst();
}

/** Every stage of the items received in `[from, to)` (instants), for the period's figures. */
export async function stagesOfFeedbackReceivedIn(db: ReadableDB, from: string, to: string) {
  return db
    .selectFrom('complaint_stages as cs')
    .innerJoin('feedback as f', 'f.id', 'cs.feedback_id')
    .select(['cs.feedback_id', 'cs.stage', 'cs.due_at', 'cs.responded_at', 'cs.outcome'])
    .where('f.received_at', '>=', from)
    .where('f.received_at', '<', to)
    .execute();
}

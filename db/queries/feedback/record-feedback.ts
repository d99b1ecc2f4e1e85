// Writing complaints, compliments and comments, and opening a complaint's stage: logged like
// every entity write (db/write.ts); `aboutNamedStaff` is stored as SQLite's 0/1 here.
import type { ComplaintStage, FeedbackKind } from '../../../shared/domain/feedback';
import { insertLogged, newId, type Actor } from '../../write';
import type { WritableDB } from '../../handles';
import { nextReference } from '../references';

export interface NewFeedback {
  id: string;
  kind: FeedbackKind;
  customerId: string | null;
  serviceId: string;
  channel: string;
  receivedAt: string;
  summary: string;
  siteId: string;
  loggedBy: string;
  stage: ComplaintStage | null;
  status: 'open' | 'closed';
  aboutNamedStaff: boolean;
}

/** Writes a new item with the next F- reference of the year it was received. */
export async function insertFeedback(tx: WritableDB, actor: Actor, item: NewFeedback) {
  await insertLogged(tx, actor, 'feedback', {
    id: item.id,
    reference: await nextReference(tx, 'feedback', 'F', item.receivedAt.slice(0, 4)),
    kind: item.kind,
    customer_id: item.customerId,
    service_id: item.serviceId,
    channel: item.channel,
    received_at: item.receivedAt,
    summary: item.summary,
    site_id: item.siteId,
    logged_by: item.loggedBy,
    stage: item.stage,
    status: item.status,
    updated_at: actor.at.toISOString(),
    about_named_staff: item.aboutNamedStaff ? 1 : 0,
  });
}

/** Opens a complaint's stage, due by `dueAt` (null for the ombudsman's). */
export async function openComplaintStage(
  tx: WritableDB,
  actor: Actor,
  stage: {
    feedbackId: string;
    stage: ComplaintStage;
    startedAt: string;
    dueAt: string | null;
    reason: string | null;
  },
) {
  await insertLogged(tx, actor, 'complaint_stages', {
    id: newId(),
    feedback_id: stage.feedbackId,
    stage: stage.stage,
    started_at: stage.startedAt,
    due_at: stage.dueAt,
    reason: stage.reason,
    responded_at: null,
    outcome: null,
    response: null,
  });
}

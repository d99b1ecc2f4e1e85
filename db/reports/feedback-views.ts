// Complaints, compliments and comments as the team sees them: each complaint stage with
// its due date and its clock against the stage's standard.
import type { ComplaintStageView, FeedbackView } from '../../shared/api/index';
import { maySeeFeedback, type ActingStaff } from '../../shared/api/access-rules';
import type { Channel } from '../../shared/domain/channels';
import { itemClock, type ServiceStandard } from '../../shared/time/index';
import { activeStandards } from '../queries/calendar-settings/standards';
import {
  complaintStagesOf,
  listFeedbackRows,
  type FeedbackFilter,
} from '../queries/feedback/feedback';
import type { Db } from '../write';
import { clockContexts, dueDateOf } from './item-clock';

/** The standard each council stage runs under: the first active one for the subject. */
export async function stageStandards(db: Db) {
  const [one, two] = await Promise.all([
    activeStandards(db, 'complaint_stage_1'),
    activeStandards(db, 'complaint_stage_2'),
  ]);
  return { stage_1: one[0]?.standard, stage_2: two[0]?.standard, ombudsman: undefined } as Record<
    string,
    ServiceStandard | undefined
  >;
}

/** Counted for the figures, never shown: every item, whoever it is about. */
export const FOR_COUNTING = 'for counting';

/**
 * The items `seenBy` may see, as the team sees them: one about a named member of staff is
 * left out, in the query itself, for anyone who may not see it (shared/api/access-rules.ts).
 */
export async function feedbackViews(
  db: Db,
  now: Date,
  seenBy: Pick<ActingStaff, 'role'> | typeof FOR_COUNTING,
  filter: Omit<FeedbackFilter, 'hideNamedStaff'>,
): Promise<FeedbackView[]> {
  const rows = await listFeedbackRows(db, {
    ...filter,
    hideNamedStaff: seenBy !== FOR_COUNTING && !maySeeFeedback(seenBy, { aboutNamedStaff: true }),
  });
  if (rows.length === 0) return [];
  const [stages, standards, contexts] = await Promise.all([
    complaintStagesOf(
      db,
      rows.map((r) => r.id),
    ),
    stageStandards(db),
    clockContexts(
      db,
      rows.map((r) => r.site_id),
    ),
  ]);
  const views: FeedbackView[] = [];
  for (const r of rows) {
    const ctx = contexts.get(r.site_id)!;
    const own = stages.filter((s) => s.feedback_id === r.id);
    views.push({
      id: r.id,
      reference: r.reference,
      kind: r.kind,
      customerId: r.customer_id,
      customerName: r.customer_name,
      serviceId: r.service_id,
      serviceName: r.service_name,
      channel: r.channel as Channel,
      receivedAt: r.received_at,
      summary: r.summary,
      loggedByName: r.logged_by_name,
      loggedById: r.logged_by,
      loggedByTeam: r.logged_by_team,
      aboutNamedStaff: r.aboutNamedStaff,
      status: r.status,
      stage: r.stage,
      stages: own.map((s): ComplaintStageView => {
        const standard = standards[s.stage];
        const finished = s.responded_at;
        return {
          stage: s.stage,
          startedAt: s.started_at,
          dueDate: s.due_at ? dueDateOf(new Date(s.due_at)) : null,
          reason: s.reason,
          respondedAt: s.responded_at,
          outcome: s.outcome,
          response: s.response,
          clock:
            standard && s.outcome !== 'escalated'
              ? itemClock(
                  standard,
                  ctx,
                  {
                    startedAt: new Date(s.started_at),
                    finishedAt: finished ? new Date(finished) : null,
                  },
                  now,
                ).state
              : null,
        };
      }),
    });
  }
  return views;
}

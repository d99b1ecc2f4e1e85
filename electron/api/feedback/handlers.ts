// Complaints, compliments and comments through a single point (NeSDS standards 7 and 20):
// complaints move from stage 1 to stage 2, each with its own standard, and on to the
// ombudsman; the figures count a month by service. Who may see and do what: access-rules.ts.
import type { FeedbackView } from '../../../shared/api';
import {
  mayEscalateComplaint,
  maySeeFeedback,
  type ActingStaff,
} from '../../../shared/api/access-rules';
import { ApiFailure } from '../../../shared/api/errors';
import { COMPLAINT_STAGE_LABELS, NEXT_STAGE } from '../../../shared/domain/feedback';
import { deadlineFor } from '../../../shared/time';
import type { ComplaintStage } from '../../../shared/domain/feedback';
import { customerExists } from '../../../db/queries/customers/customer-exists';
import { currentStage } from '../../../db/queries/feedback/feedback';
import { insertFeedback, openComplaintStage } from '../../../db/queries/feedback/record-feedback';
import { inTransaction, newId, updateLogged, type Db } from '../../../db/write';
import { actingStaff, refuseUnless } from '../acting-staff';
import type { ApiContext, Handlers } from '../context';
import { feedbackFigures } from '../../../db/reports/feedback-figures';
import { FOR_COUNTING, feedbackViews, stageStandards } from '../../../db/reports/feedback-views';
import { clockContext } from '../../../db/reports/item-clock';
import { requireActiveService } from '../require-service';

/** The item whoever may see it; `visibleFeedback` for anyone but the one who just logged it. */
async function feedbackView(ctx: ApiContext, id: string): Promise<FeedbackView> {
  const [view] = await feedbackViews(ctx.db, ctx.clock.now(), FOR_COUNTING, { id });
  if (!view) throw new ApiFailure('NOT_FOUND', 'That record does not exist.');
  return view;
}

async function visibleFeedback(
  ctx: ApiContext,
  staff: Pick<ActingStaff, 'role'>,
  id: string,
): Promise<FeedbackView> {
  const item = await feedbackView(ctx, id);
  refuseUnless(
    maySeeFeedback(staff, item),
    `${item.reference} is about a named member of staff, so only team leaders and administrators can open it.`,
  );
  return item;
}

async function stageDueAt(db: Db, siteId: string, stage: ComplaintStage, start: Date) {
  const standard = (await stageStandards(db))[stage];
  if (!standard) return null;
  const limit = Math.min(...standard.thresholds.map((t) => t.limit));
  return deadlineFor(standard, await clockContext(db, siteId), start, limit).toISOString();
}

function notFuture(at: string, now: Date, field: string) {
  if (Date.parse(at) > now.getTime() + 5 * 60_000) {
    const message = 'That date is in the future. Record it once it has happened.';
    throw new ApiFailure('VALIDATION', message, { [field]: message });
  }
}

export const feedbackHandlers: Pick<
  Handlers,
  | 'feedback.log'
  | 'feedback.get'
  | 'feedback.list'
  | 'feedback.respond'
  | 'feedback.escalate'
  | 'feedback.figures'
> = {
  async 'feedback.log'(ctx, input, call) {
    const actor = call.actor();
    notFuture(input.receivedAt, actor.at, 'receivedAt');
    await requireActiveService(ctx.db, input.serviceId);
    if (input.customerId && !(await customerExists(ctx.db, input.customerId)))
      throw new ApiFailure('NOT_FOUND', 'That customer record does not exist.');
    const receivedAt = new Date(input.receivedAt).toISOString();
    const isComplaint = input.kind === 'complaint';
    const dueAt = isComplaint
      ? await stageDueAt(ctx.db, actor.siteId!, 'stage_1', new Date(receivedAt))
      : null;
    const id = newId();
    await inTransaction(ctx.db, async (tx) => {
      await insertFeedback(tx, actor, {
        id,
        kind: input.kind,
        customerId: input.customerId ?? null,
        serviceId: input.serviceId,
        channel: input.channel,
        receivedAt,
        summary: input.summary,
        siteId: actor.siteId!,
        loggedBy: actor.staffId!,
        stage: isComplaint ? 'stage_1' : null,
        // Compliments and comments are recorded and passed on; only complaints stay open.
        status: isComplaint ? 'open' : 'closed',
        aboutNamedStaff: input.aboutNamedStaff,
      });
      if (isComplaint)
        await openComplaintStage(tx, actor, {
          feedbackId: id,
          stage: 'stage_1',
          startedAt: receivedAt,
          dueAt,
          reason: null,
        });
    });
    return feedbackView(ctx, id);
  },

  'feedback.get': (ctx, input, call) => visibleFeedback(ctx, call.requireSession(), input.id),

  'feedback.list'(ctx, input, call) {
    return feedbackViews(ctx.db, ctx.clock.now(), call.requireSession(), {
      kind: input.kind,
      openOnly: input.view === 'open',
      newestFirst: 500,
    }).then((list) =>
      // Open complaints soonest due first, as a complaints officer works them.
      input.view === 'open'
        ? list.sort((a, b) =>
            (a.stages.at(-1)?.dueDate ?? '9999').localeCompare(b.stages.at(-1)?.dueDate ?? '9999'),
          )
        : list,
    );
  },

  async 'feedback.respond'(ctx, input, call) {
    const actor = call.actor();
    notFuture(input.respondedAt, actor.at, 'respondedAt');
    // Only COMPLAINT_OFFICERS reach here (the contract's roles), and they see every item.
    const item = await visibleFeedback(ctx, call.requireSession(), input.id);
    if (item.kind !== 'complaint') {
      throw new ApiFailure('CONFLICT', 'Only complaints have stages to answer.');
    }
    const stage = await currentStage(ctx.db, input.id);
    if (!stage || stage.responded_at || stage.outcome) {
      throw new ApiFailure(
        'CONFLICT',
        `${COMPLAINT_STAGE_LABELS[item.stage!]} has already been answered. Escalate it if the customer is not satisfied.`,
      );
    }
    const respondedAt = new Date(input.respondedAt).toISOString();
    if (respondedAt < stage.started_at) {
      const message = 'The reply cannot be before the stage began.';
      throw new ApiFailure('VALIDATION', message, { respondedAt: message });
    }
    await inTransaction(ctx.db, async (tx) => {
      await updateLogged(tx, actor, 'complaint_stages', stage.id, {
        responded_at: respondedAt,
        outcome: input.outcome,
        response: input.response,
      });
      await updateLogged(tx, actor, 'feedback', input.id, {
        status: 'closed',
        updated_at: actor.at.toISOString(),
      });
    });
    return feedbackView(ctx, input.id);
  },

  async 'feedback.escalate'(ctx, input, call) {
    const actor = call.actor();
    notFuture(input.at, actor.at, 'at');
    const staff = await actingStaff(ctx, call);
    const item = await visibleFeedback(ctx, staff, input.id);
    refuseUnless(
      mayEscalateComplaint(staff, item),
      `${item.reference} was logged by ${item.loggedByName}, who is not in your team. Ask them or a team leader to escalate it.`,
    );
    if (item.kind !== 'complaint') {
      throw new ApiFailure('CONFLICT', 'Only complaints can be escalated.');
    }
    const next = NEXT_STAGE[item.stage!];
    if (!next) throw new ApiFailure('CONFLICT', 'This complaint is already with the ombudsman.');
    const stage = (await currentStage(ctx.db, input.id))!;
    const at = new Date(input.at).toISOString();
    if (at < stage.started_at || (stage.responded_at && at < stage.responded_at)) {
      const message = stage.responded_at
        ? 'It cannot be escalated before the reply it is escalating from.'
        : 'It cannot be escalated before the current stage began.';
      throw new ApiFailure('VALIDATION', message, { at: message });
    }
    const dueAt =
      next === 'ombudsman' ? null : await stageDueAt(ctx.db, actor.siteId!, next, new Date(at));
    await inTransaction(ctx.db, async (tx) => {
      if (!stage.responded_at && !stage.outcome)
        await updateLogged(tx, actor, 'complaint_stages', stage.id, { outcome: 'escalated' });
      await openComplaintStage(tx, actor, {
        feedbackId: input.id,
        stage: next,
        startedAt: at,
        dueAt,
        reason: input.reason,
      });
      await updateLogged(tx, actor, 'feedback', input.id, {
        stage: next,
        status: 'open',
        updated_at: actor.at.toISOString(),
      });
    });
    return feedbackView(ctx, input.id);
  },

  'feedback.figures': (ctx, input) => feedbackFigures(ctx.db, ctx.clock.now(), input),
};

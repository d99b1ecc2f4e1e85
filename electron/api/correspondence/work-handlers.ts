// Working an item once logged: taking or passing it on, acknowledging it, redirecting it to
// another department, a holding reply, the full response, and reopening. Who may do each:
// ./access.ts; each action is one logged update and returns the item's fresh view.
import { ApiFailure } from '../../../shared/api/errors';
import { londonDateOf } from '../../../shared/time/london';
import { inTransaction, insertLogged, newId, updateLogged } from '../../../db/write';
import type { Handlers } from '../context';
import { requireActive } from '../require-active';
import { assignee, responder, workableItem } from './access';
import { itemView, updateItem } from './item';

export const workHandlers: Pick<
  Handlers,
  | 'correspondence.assign'
  | 'correspondence.acknowledge'
  | 'correspondence.redirect'
  | 'correspondence.holdingReply'
  | 'correspondence.respond'
  | 'correspondence.reopen'
> = {
  async 'correspondence.assign'(ctx, input, call) {
    const { item, staff } = await workableItem(ctx, call, input.id);
    const to = await assignee(ctx, staff, item, input.staffId);
    return updateItem(ctx, call, item.id, { assigned_to: to });
  },

  async 'correspondence.acknowledge'(ctx, input, call) {
    const { item } = await workableItem(ctx, call, input.id);
    if (Date.parse(input.at) < Date.parse(item.received_at)) {
      throw new ApiFailure(
        'VALIDATION',
        'The acknowledgement is dated before the item was received.',
        { at: 'The acknowledgement is dated before the item was received.' },
      );
    }
    return updateItem(ctx, call, item.id, { acknowledged_at: new Date(input.at).toISOString() });
  },

  async 'correspondence.redirect'(ctx, input, call) {
    const { item } = await workableItem(ctx, call, input.id);
    await requireActive(
      ctx.db,
      'departments',
      input.departmentId,
      'departmentId',
      undefined,
      'Choose the department from the list.',
    );
    if (input.customerToldOn < item.received_date) {
      throw new ApiFailure(
        'VALIDATION',
        'The customer cannot have been told before the item was received.',
        { customerToldOn: 'This date is before the item was received.' },
      );
    }
    return updateItem(ctx, call, item.id, {
      department_id: input.departmentId,
      redirect_contact: input.contactName,
      redirected_at: call.actor().at.toISOString(),
      customer_told_at: input.customerToldOn,
    });
  },

  async 'correspondence.holdingReply'(ctx, input, call) {
    const actor = call.actor();
    const { item } = await workableItem(ctx, call, input.id);
    if (item.status === 'closed')
      throw new ApiFailure(
        'CONFLICT',
        'This item has had its full response: a holding reply is no longer needed.',
      );
    const expected = input.expectedDate!;
    const problems: Record<string, string> = {};
    if (input.sentOn < item.received_date)
      problems.sentOn = 'The holding reply is dated before the item was received.';
    if (expected <= input.sentOn)
      problems.expectedDate =
        'The new expected date must be after the day the holding reply was sent.';
    if (Object.keys(problems).length > 0)
      throw new ApiFailure('VALIDATION', Object.values(problems).join(' '), problems);
    await inTransaction(ctx.db, async (tx) => {
      await insertLogged(tx, actor, 'holding_replies', {
        id: newId(),
        correspondence_id: item.id,
        sent_at: input.sentOn,
        reason: input.reason,
        expected_date: expected,
        sent_by: actor.staffId!,
      });
      // The item stays measured against its original due date; the holding reply is reported beside it.
      await updateLogged(tx, actor, 'correspondence', item.id, {
        updated_at: actor.at.toISOString(),
      });
    });
    ctx.events.emit('correspondence.changed', { id: item.id });
    return itemView(ctx, item.id);
  },

  async 'correspondence.respond'(ctx, input, call) {
    const { item, staff } = await workableItem(ctx, call, input.id);
    if (item.status === 'closed') {
      throw new ApiFailure(
        'CONFLICT',
        `This item is already closed: its full response was sent on ${londonDateOf(item.responded_at!)}. Reopen it first if more is needed.`,
      );
    }
    const respondedAt = new Date(input.respondedAt);
    if (respondedAt.getTime() < Date.parse(item.received_at)) {
      const message = `The response is dated before the item was received (${item.received_date}). Check the date.`;
      throw new ApiFailure('VALIDATION', message, { respondedAt: message });
    }
    if (respondedAt.getTime() > call.actor().at.getTime() + 5 * 60_000) {
      throw new ApiFailure('VALIDATION', 'The response date is in the future.', {
        respondedAt: 'The response date is in the future.',
      });
    }
    return updateItem(ctx, call, item.id, {
      status: 'closed',
      responded_at: respondedAt.toISOString(),
      response_channel: input.channel,
      responded_by: await responder(ctx, staff, input.respondedBy),
    });
  },

  async 'correspondence.reopen'(ctx, input, call) {
    const { item } = await workableItem(ctx, call, input.id);
    if (item.status === 'open') throw new ApiFailure('CONFLICT', 'This item is already open.');
    return updateItem(ctx, call, item.id, {
      status: 'open',
      responded_at: null,
      response_channel: null,
      responded_by: null,
      reopened_at: call.actor().at.toISOString(),
      reopen_reason: input.reason,
    });
  },
};

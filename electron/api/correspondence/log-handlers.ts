// Logging a letter, email or web form as it arrives: its reply clock starts the day it was
// received, against the service's own promise or the council's reply standard.
import { ApiFailure } from '../../../shared/api/errors';
import { replyDueDate } from '../../../shared/metrics/correspondence';
import { londonDateOf } from '../../../shared/time/london';
import { customerExists } from '../../../db/queries/customers/customer-exists';
import { nextReference } from '../../../db/queries/references';
import { standardLimit } from '../../../db/queries/calendar-settings/standards';
import { inTransaction, insertLogged, newId } from '../../../db/write';
import type { Handlers } from '../context';
import { councilCalendar } from '../../../db/reports/council-calendar';
import { requireActiveService } from '../require-service';
import { checkBackdating } from '../backdating';
import { refuseFuture } from '../when';
import { itemView } from './item';

export const logHandlers: Pick<Handlers, 'correspondence.log'> = {
  async 'correspondence.log'(ctx, input, call) {
    const actor = call.actor();
    refuseFuture(
      actor.at,
      'receivedAt',
      input.receivedAt,
      'The date received is in the future. Log it once it has arrived.',
    );
    await checkBackdating(ctx.db, actor.at, {
      field: 'receivedAt',
      value: input.receivedAt,
      label: 'The date received',
      confirmed: input.confirmOld,
    });
    const service = await requireActiveService(ctx.db, input.serviceId);
    if (input.customerId && !(await customerExists(ctx.db, input.customerId))) {
      throw new ApiFailure('VALIDATION', 'That customer record does not exist.', {
        customerId: 'Choose the customer again.',
      });
    }
    const calendar = await councilCalendar(ctx.db);
    // The service's own promise, else the council's reply standard (10 working days by default).
    const replyDays =
      service.replyWorkingDays ?? (await standardLimit(ctx.db, 'correspondence_reply')) ?? 10;
    const ackDays =
      input.channel === 'email' ? await standardLimit(ctx.db, 'email_acknowledgement') : null;
    const receivedAt = new Date(input.receivedAt);
    const receivedDate = londonDateOf(receivedAt);
    const id = newId();
    await inTransaction(ctx.db, async (tx) => {
      await insertLogged(tx, actor, 'correspondence', {
        id,
        reference: await nextReference(tx, 'correspondence', 'C', receivedDate.slice(0, 4)),
        channel: input.channel,
        received_at: receivedAt.toISOString(),
        received_date: receivedDate,
        site_id: actor.siteId!,
        service_id: input.serviceId,
        customer_id: input.customerId ?? null,
        sender_address: input.senderAddress ?? null,
        subject: input.subject,
        sender_reference: input.senderReference ?? null,
        reply_working_days: replyDays,
        due_date: replyDueDate(calendar, receivedDate, replyDays),
        // NeSDS standard 3 (PSO R29): acknowledge emails within one working day.
        ack_due_date: ackDays === null ? null : replyDueDate(calendar, receivedDate, ackDays),
        acknowledged_at: null,
        assigned_to: null,
        department_id: null,
        redirect_contact: null,
        redirected_at: null,
        customer_told_at: null,
        status: 'open',
        responded_at: null,
        response_channel: null,
        responded_by: null,
        reopened_at: null,
        reopen_reason: null,
        logged_by: actor.staffId!,
        logged_at: actor.at.toISOString(),
        updated_at: actor.at.toISOString(),
      });
    });
    ctx.events.emit('correspondence.changed', { id });
    return itemView(ctx, id);
  },
};

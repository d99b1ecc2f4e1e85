import type { CorrespondenceItem, WorkList } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import { requireActiveService } from '../require-service';
import {
  correspondenceTotals,
  replyDueDate,
  workingDaysLeft,
} from '../../../shared/metrics/correspondence';
import { londonDateOf, londonDayBounds } from '../../../shared/time/london';
import { historyOf } from '../../../db/queries/change-log';
import { holdingRepliesFor, selectItems } from '../../../db/queries/correspondence/correspondence';
import { nextReference } from '../../../db/queries/references';
import { standardLimit } from '../../../db/queries/calendar-settings/standards';
import type { Correspondence } from '../../../db/schema';
import { inTransaction, insertLogged, newId, updateLogged } from '../../../db/write';
import type { ApiContext, Call, Handlers } from '../context';
import { councilCalendar } from '../calendar-settings/council-calendar';
import { assignee, responder, workableItem } from './access';
import { toItem } from './views';
import { describeChanges } from '../customers/history';
import { checkBackdating } from '../backdating';
import { refuseFuture } from '../when';

async function itemView(ctx: ApiContext, id: string): Promise<CorrespondenceItem> {
  const row = await selectItems(ctx.db).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw new ApiFailure('NOT_FOUND', 'That item is not in the correspondence records.');
  const calendar = await councilCalendar(ctx.db);
  return toItem(
    row,
    calendar,
    londonDateOf(ctx.clock.now()),
    await holdingRepliesFor(ctx.db, [id]),
  );
}

async function openItem(ctx: ApiContext, id: string): Promise<Correspondence> {
  const item = await ctx.db
    .selectFrom('correspondence')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!item) throw new ApiFailure('NOT_FOUND', 'That item is not in the correspondence records.');
  return item;
}

/** One logged update of an item, then its fresh view. */
async function update(
  ctx: ApiContext,
  call: Call,
  id: string,
  patch: Partial<Correspondence>,
): Promise<CorrespondenceItem> {
  const actor = call.actor();
  await inTransaction(ctx.db, (tx) =>
    updateLogged(tx, actor, 'correspondence', id, { ...patch, updated_at: actor.at.toISOString() }),
  );
  ctx.events.emit('correspondence.changed', { id });
  return itemView(ctx, id);
}

export const correspondenceHandlers: Pick<
  Handlers,
  | 'correspondence.log'
  | 'correspondence.list'
  | 'correspondence.get'
  | 'correspondence.assign'
  | 'correspondence.acknowledge'
  | 'correspondence.redirect'
  | 'correspondence.holdingReply'
  | 'correspondence.respond'
  | 'correspondence.reopen'
  | 'correspondence.figures'
  | 'correspondence.history'
  | 'staff.list'
> = {
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
    if (
      input.customerId &&
      !(await ctx.db
        .selectFrom('customers')
        .select('id')
        .where('id', '=', input.customerId)
        .executeTakeFirst())
    ) {
      throw new ApiFailure('VALIDATION', 'That customer record does not exist.', {
        customerId: 'Choose the customer again.',
      });
    }
    const calendar = await councilCalendar(ctx.db);
    // The service's own promise, else the council's reply standard (10 working days by default).
    const replyDays =
      service.reply_working_days ?? (await standardLimit(ctx.db, 'correspondence_reply')) ?? 10;
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

  async 'correspondence.list'(ctx, input, call) {
    const session = call.requireSession();
    const calendar = await councilCalendar(ctx.db);
    const today = londonDateOf(ctx.clock.now());
    const me = await ctx.db
      .selectFrom('staff')
      .select(['id', 'team'])
      .where('id', '=', session.staffId)
      .executeTakeFirstOrThrow();
    let query = selectItems(ctx.db);
    if (input.serviceId) query = query.where('c.service_id', '=', input.serviceId);
    if (input.departmentId) query = query.where('c.department_id', '=', input.departmentId);
    const closedView = input.view === 'closed';
    const rows = await query
      .where('c.status', '=', closedView ? 'closed' : 'open')
      .orderBy(closedView ? 'c.responded_at' : 'c.due_date', closedView ? 'desc' : 'asc')
      .orderBy('c.received_at')
      .limit(closedView ? 200 : 5000)
      .execute();
    const holding = await holdingRepliesFor(
      ctx.db,
      rows.map((r) => r.id),
    );
    const all = rows.map((row) => ({ row, item: toItem(row, calendar, today, holding) }));
    const tests: Record<keyof WorkList['counts'], (e: (typeof all)[number]) => boolean> = {
      all: () => true,
      mine: (e) => e.row.assigned_to === me.id,
      my_team: (e) => me.team !== null && e.row.assigned_team === me.team,
      overdue: (e) => e.item.state === 'overdue',
      due_today: (e) => e.item.state === 'due_today',
      due_within_2: (e) =>
        e.item.state === 'due_today' ||
        (e.item.state !== 'overdue' && workingDaysLeft(calendar, today, e.row.due_date) <= 2),
    };
    const counts = Object.fromEntries(
      Object.entries(tests).map(([key, test]) => [key, closedView ? 0 : all.filter(test).length]),
    ) as WorkList['counts'];
    const filter = closedView ? () => true : tests[input.view as keyof typeof tests];
    return { today, counts, items: all.filter(filter).map((e) => e.item) };
  },

  'correspondence.get': (ctx, input) => itemView(ctx, input.id),

  async 'correspondence.assign'(ctx, input, call) {
    const { item, staff } = await workableItem(ctx, call, input.id);
    const to = await assignee(ctx, staff, item, input.staffId);
    return update(ctx, call, item.id, { assigned_to: to });
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
    return update(ctx, call, item.id, { acknowledged_at: new Date(input.at).toISOString() });
  },

  async 'correspondence.redirect'(ctx, input, call) {
    const { item } = await workableItem(ctx, call, input.id);
    const department = await ctx.db
      .selectFrom('departments')
      .select('id')
      .where('id', '=', input.departmentId)
      .where('active', '=', 1)
      .executeTakeFirst();
    if (!department)
      throw new ApiFailure('VALIDATION', 'Choose the department from the list.', {
        departmentId: 'Choose a department from the list.',
      });
    if (input.customerToldOn < item.received_date) {
      throw new ApiFailure(
        'VALIDATION',
        'The customer cannot have been told before the item was received.',
        { customerToldOn: 'This date is before the item was received.' },
      );
    }
    return update(ctx, call, item.id, {
      department_id: department.id,
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
    return update(ctx, call, item.id, {
      status: 'closed',
      responded_at: respondedAt.toISOString(),
      response_channel: input.channel,
      responded_by: await responder(ctx, staff, input.respondedBy),
    });
  },

  async 'correspondence.reopen'(ctx, input, call) {
    const { item } = await workableItem(ctx, call, input.id);
    if (item.status === 'open') throw new ApiFailure('CONFLICT', 'This item is already open.');
    return update(ctx, call, item.id, {
      status: 'open',
      responded_at: null,
      response_channel: null,
      responded_by: null,
      reopened_at: call.actor().at.toISOString(),
      reopen_reason: input.reason,
    });
  },

  async 'correspondence.figures'(ctx, input) {
    const calendar = await councilCalendar(ctx.db);
    const today = londonDateOf(ctx.clock.now());
    let query = selectItems(ctx.db)
      .where('c.received_at', '>=', londonDayBounds(input.from).start.toISOString())
      .where('c.received_at', '<', londonDayBounds(input.to).end.toISOString());
    if (input.siteId) query = query.where('c.site_id', '=', input.siteId);
    if (input.serviceId) query = query.where('c.service_id', '=', input.serviceId);
    const rows = await query.execute();
    const holding = await holdingRepliesFor(
      ctx.db,
      rows.map((r) => r.id),
    );
    const counts = new Map<string, number>();
    for (const h of holding)
      counts.set(h.correspondence_id, (counts.get(h.correspondence_id) ?? 0) + 1);
    const totals = correspondenceTotals(
      calendar,
      rows.map((r) => ({
        receivedDate: r.received_date,
        dueDate: r.due_date,
        respondedDate: r.responded_at ? londonDateOf(r.responded_at) : null,
        status: r.status,
        holdingReplies: counts.get(r.id) ?? 0,
        redirectedTo: r.department_name,
      })),
      today,
    );
    return { from: input.from, to: input.to, ...totals };
  },

  async 'correspondence.history'(ctx, input) {
    await openItem(ctx, input.id);
    const [entries, holding] = await Promise.all([
      historyOf(ctx.db, 'correspondence', input.id),
      ctx.db
        .selectFrom('holding_replies')
        .select('id')
        .where('correspondence_id', '=', input.id)
        .execute(),
    ]);
    const holdingEntries = await Promise.all(
      holding.map((h) => historyOf(ctx.db, 'holding_replies', h.id)),
    );
    const all = [...entries, ...holdingEntries.flat()].sort((a, b) => a.id.localeCompare(b.id));
    return describeChanges(ctx.db, all);
  },

  async 'staff.list'(ctx) {
    const rows = await ctx.db
      .selectFrom('staff')
      .select(['id', 'display_name', 'team', 'role'])
      .where('active', '=', 1)
      .orderBy('display_name')
      .execute();
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, team: r.team, role: r.role }));
  },
};

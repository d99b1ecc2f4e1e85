// Reading correspondence: the work lists with their counts, one item, its history, the
// period's figures against the reply standard, and the staff an item can be given to.
import type { WorkList } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import { correspondenceTotals, workingDaysLeft } from '../../../shared/metrics/correspondence';
import { londonDateOf, londonDayBounds } from '../../../shared/time/london';
import { historyOf } from '../../../db/queries/change-log';
import {
  holdingRepliesFor,
  holdingReplyIds,
  itemById,
  itemsReceivedIn,
  listWorkItems,
} from '../../../db/queries/correspondence/correspondence';
import { listActiveStaff, staffWithTeam } from '../../../db/queries/correspondence/staff-choices';
import type { Handlers } from '../context';
import { councilCalendar } from '../../../db/reports/council-calendar';
import { describeChanges } from '../customers/history';
import { itemView } from './item';
import { toItem } from './views';

export const listHandlers: Pick<
  Handlers,
  | 'correspondence.list'
  | 'correspondence.get'
  | 'correspondence.figures'
  | 'correspondence.history'
  | 'staff.list'
> = {
  async 'correspondence.list'(ctx, input, call) {
    const session = call.requireSession();
    const calendar = await councilCalendar(ctx.db);
    const today = londonDateOf(ctx.clock.now());
    const me = (await staffWithTeam(ctx.db, session.staffId))!;
    const closedView = input.view === 'closed';
    const rows = await listWorkItems(ctx.db, {
      serviceId: input.serviceId,
      departmentId: input.departmentId,
      closed: closedView,
    });
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

  async 'correspondence.figures'(ctx, input) {
    const calendar = await councilCalendar(ctx.db);
    const today = londonDateOf(ctx.clock.now());
    const rows = await itemsReceivedIn(ctx.db, {
      from: londonDayBounds(input.from).start.toISOString(),
      to: londonDayBounds(input.to).end.toISOString(),
      siteId: input.siteId,
      serviceId: input.serviceId,
    });
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
    if (!(await itemById(ctx.db, input.id)))
      throw new ApiFailure('NOT_FOUND', 'That item is not in the correspondence records.');
    const [entries, holding] = await Promise.all([
      historyOf(ctx.db, 'correspondence', input.id),
      holdingReplyIds(ctx.db, input.id),
    ]);
    const holdingEntries = await Promise.all(
      holding.map((id) => historyOf(ctx.db, 'holding_replies', id)),
    );
    const all = [...entries, ...holdingEntries.flat()].sort((a, b) => a.id.localeCompare(b.id));
    return describeChanges(ctx.db, all);
  },

  async 'staff.list'(ctx) {
    const rows = await listActiveStaff(ctx.db);
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, team: r.team, role: r.role }));
  },
};

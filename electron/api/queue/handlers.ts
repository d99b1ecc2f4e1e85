// The queue's actions: checking a visitor in, moving a visit through its states at a desk,
// calling the next visitor, and the board and now-calling reads (built in ../queue/board.ts).
import type { VisitView } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import { NO_NEEDS } from '../../../shared/domain/needs';
import { waitStartsAt } from '../../../shared/domain/visits';
import { londonDateOf, londonDayBounds } from '../../../shared/time/london';
import { activeMarkers, logMarkerViews } from '../../../db/queries/customers/markers';
import { getSetting } from '../../../db/queries/settings/settings';
import { getVisitRow, nextTicket, recentCalls } from '../../../db/queries/queue/visits';
import { customerNeedsOf, findVisit, insertVisit } from '../../../db/queries/queue/visit-moves';
import { findAppointment, updateAppointment } from '../../../db/queries/queue/appointments';
import { findDesk } from '../../../db/queries/queue/desks';
import { inTransaction, newId } from '../../../db/write';
import { actingStaff } from '../acting-staff';
import type { ApiContext, Call, Handlers } from '../context';
import { board, nowCallingItem, siteOf } from './board';
import { checkCallingDesk, moveVisit, planMove } from './move-visit';
import { nextCallable, requireCheckIn, requireStep } from './server-steps';
import { toVisitView } from './views';
import { requireActiveService } from '../require-service';

async function visitView(ctx: ApiContext, call: Call, id: string): Promise<VisitView> {
  const row = await getVisitRow(ctx.db, id);
  if (!row) throw new ApiFailure('NOT_FOUND', 'That visit is no longer in the queue records.');
  const markers = row.customer_id ? await activeMarkers(ctx.db, [row.customer_id]) : [];
  // The member of staff checking in or calling the customer is shown the markers: logged.
  await logMarkerViews(ctx.db, markers, call.requireSession().staffId, 'queue', ctx.clock.now());
  return toVisitView(row, ctx.clock.now(), markers);
}

export const queueHandlers: Pick<
  Handlers,
  'queue.board' | 'queue.checkIn' | 'queue.act' | 'queue.callNext' | 'queue.nowCalling'
> = {
  'queue.board': (ctx, input, call) => board(ctx, call, input.siteId),

  async 'queue.checkIn'(ctx, input, call) {
    const actor = call.actor();
    const site = await siteOf(ctx.db, call, input.siteId);
    await requireActiveService(ctx.db, input.serviceId);

    let appointment = null;
    if (input.appointmentId) {
      appointment = (await findAppointment(ctx.db, input.appointmentId)) ?? null;
      if (!appointment || appointment.site_id !== site.id)
        throw new ApiFailure('VALIDATION', 'That appointment is not booked at this site.');
      if (appointment.status !== 'booked')
        throw new ApiFailure(
          'CONFLICT',
          `That appointment is already ${appointment.status === 'checked_in' ? 'checked in' : 'cancelled'}.`,
        );
    }
    // Checked in once, whichever reception PC does it: the council server decides.
    if (appointment) await requireCheckIn(ctx, appointment.id);
    const customerId = input.customerId ?? appointment?.customer_id ?? null;
    let customerNeeds = null;
    if (customerId) {
      const customer = await customerNeedsOf(ctx.db, customerId);
      if (!customer)
        throw new ApiFailure('VALIDATION', 'That customer record does not exist.', {
          customerId: 'Choose the customer again.',
        });
      customerNeeds = customer.needs;
    }
    const needs = input.needs ?? appointment?.needs ?? customerNeeds ?? NO_NEEDS;
    const arrived = actor.at;
    const appointmentAt = appointment ? new Date(appointment.starts_at) : null;
    const ticketDate = londonDateOf(arrived);
    const id = newId();

    await inTransaction(ctx.db, async (tx) => {
      const { number, ticket } = await nextTicket(tx, site, ticketDate);
      const now = arrived.toISOString();
      await insertVisit(tx, actor, {
        id,
        site_id: site.id,
        ticket,
        ticket_date: ticketDate,
        ticket_number: number,
        kind: appointment ? 'appointment' : 'walk_in',
        appointment_id: appointment?.id ?? null,
        appointment_at: appointment?.starts_at ?? null,
        arrived_at: now,
        service_id: input.serviceId,
        first_service_id: input.serviceId,
        customer_id: customerId,
        customer_name: input.customerName || appointment?.customer_name || null,
        needs,
        state: 'waiting',
        queue_since: waitStartsAt(arrived, appointmentAt).toISOString(),
        first_seen_at: null,
        called_at: null,
        call_count: 0,
        desk_id: null,
        staff_id: null,
        closed_at: null,
        checked_in_by: actor.staffId!,
        updated_at: now,
      });
      if (appointment)
        await updateAppointment(tx, actor, appointment.id, {
          status: 'checked_in',
          visit_id: id,
        });
    });
    ctx.events.emit('queue.changed', { siteId: site.id });
    return visitView(ctx, call, id);
  },

  async 'queue.act'(ctx, input, call) {
    const actor = call.actor();
    const caller = await actingStaff(ctx, call);
    const holdReturn = await getSetting(ctx.db, 'queue.holdReturn');
    const options = { deskId: input.deskId, serviceId: input.serviceId, holdReturn, caller };
    const before = await findVisit(ctx.db, input.visitId);
    if (!before) throw new ApiFailure('NOT_FOUND', 'That visit is no longer in the queue records.');
    // Checked here first, then decided by the council server (./server-steps.ts), which
    // knows every desk's steps: a call or a start names the counter desk it places them at.
    await planMove(ctx.db, actor, before, input.action, options);
    const placing = input.action === 'call' || input.action === 'start';
    const counter = placing ? await findDesk(ctx.db, input.deskId ?? before.desk_id ?? '') : null;
    await requireStep(ctx, before.id, input.action, counter ?? null);
    const visit = await inTransaction(ctx.db, async (tx) => {
      // As it stands now: a pull may have moved it while the server was asked.
      const current = (await findVisit(tx, input.visitId)) ?? before;
      await moveVisit(tx, actor, current, input.action, options);
      return current;
    });
    ctx.events.emit('queue.changed', { siteId: visit.site_id });
    return visitView(ctx, call, visit.id);
  },

  async 'queue.callNext'(ctx, input, call) {
    const actor = call.actor();
    const caller = await actingStaff(ctx, call);
    const holdReturn = await getSetting(ctx.db, 'queue.holdReturn');
    const desk = await findDesk(ctx.db, input.deskId);
    if (!desk) throw new ApiFailure('NOT_FOUND', 'That desk does not exist. Open your desk again.');
    // The desk may call before anyone is chosen: a call the server grants holds the visitor.
    await checkCallingDesk(ctx.db, desk.id, desk.site_id, caller);
    // Longest effective wait first (arrival, or a later appointment time), as the council
    // server grants it when this desk is joined to one (./server-steps.ts).
    const { visit: next, refusal } = await nextCallable(ctx, desk);
    if (!next) {
      const nobody =
        desk.serviceIds.length > 0
          ? 'Nobody is waiting for the services this desk handles.'
          : 'Nobody is waiting.';
      throw new ApiFailure('NOT_FOUND', refusal ? `${nobody} ${refusal}` : nobody);
    }
    const visit = await inTransaction(ctx.db, async (tx) => {
      // As it stands now: a pull may have moved it since it was chosen.
      const current = (await findVisit(tx, next.id)) ?? next;
      await moveVisit(tx, actor, current, 'call', { deskId: desk.id, holdReturn, caller });
      return current;
    });
    ctx.events.emit('queue.changed', { siteId: visit.site_id });
    return visitView(ctx, call, visit.id);
  },

  // The waiting-area screen (the display role may call nothing else): tickets and desks
  // only, never the queue behind them with its names and markers.
  async 'queue.nowCalling'(ctx, input, call) {
    const site = await siteOf(ctx.db, call, input.siteId);
    const dayStart = londonDayBounds(londonDateOf(ctx.clock.now())).start.toISOString();
    const calls = await recentCalls(ctx.db, site.id, dayStart);
    return {
      site: site.name,
      calls: calls.map(nowCallingItem),
    };
  },
};

import { ApiFailure } from '../../../shared/api/errors';
import { requireActiveService } from '../require-service';
import { NO_NEEDS } from '../../../shared/domain/needs';
import { londonDayBounds } from '../../../shared/time/london';
import {
  appointmentView,
  appointmentViewsBetween,
  findAppointment,
  insertAppointment,
  updateAppointment,
} from '../../../db/queries/queue/appointments';
import { openingHoursOf } from '../../../db/queries/queue/sites';
import { inTransaction, newId } from '../../../db/write';
import type { Handlers } from '../context';
import { siteOf } from './board';
import { checkWithinOpeningHours } from '../when';

export const appointmentHandlers: Pick<
  Handlers,
  'appointments.book' | 'appointments.list' | 'appointments.cancel'
> = {
  async 'appointments.book'(ctx, input, call) {
    const actor = call.actor();
    const site = await siteOf(ctx.db, call, input.siteId);
    await requireActiveService(ctx.db, input.serviceId);
    checkWithinOpeningHours(
      await openingHoursOf(ctx.db, site.id),
      'startsAt',
      input.startsAt,
      input.durationMinutes,
    );
    const id = newId();
    await inTransaction(ctx.db, (tx) =>
      insertAppointment(tx, actor, {
        id,
        site_id: site.id,
        service_id: input.serviceId,
        starts_at: new Date(input.startsAt).toISOString(),
        duration_minutes: input.durationMinutes,
        customer_id: input.customerId ?? null,
        customer_name: input.customerName,
        needs: input.needs ?? NO_NEEDS,
        notes: input.notes,
        status: 'booked',
        visit_id: null,
        booked_by: actor.staffId!,
        booked_at: actor.at.toISOString(),
      }),
    );
    ctx.events.emit('queue.changed', { siteId: site.id });
    return appointmentView(ctx.db, id);
  },

  async 'appointments.list'(ctx, input, call) {
    const site = await siteOf(ctx.db, call, input.siteId);
    const { start, end } = londonDayBounds(input.date);
    return appointmentViewsBetween(ctx.db, site.id, start.toISOString(), end.toISOString());
  },

  async 'appointments.cancel'(ctx, input, call) {
    const actor = call.actor();
    const appointment = await findAppointment(ctx.db, input.appointmentId);
    if (!appointment) throw new ApiFailure('NOT_FOUND', 'That appointment does not exist.');
    if (appointment.status !== 'booked')
      throw new ApiFailure(
        'CONFLICT',
        'Only a booked appointment can be cancelled; this one is already checked in or cancelled.',
      );
    await inTransaction(ctx.db, (tx) =>
      updateAppointment(tx, actor, appointment.id, { status: 'cancelled' }),
    );
    ctx.events.emit('queue.changed', { siteId: appointment.site_id });
    return appointmentView(ctx.db, appointment.id);
  },
};

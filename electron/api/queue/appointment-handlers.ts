import type { AppointmentView } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import { requireActiveService } from '../require-service';
import { NO_NEEDS } from '../../../shared/domain/needs';
import { londonDayBounds } from '../../../shared/time/london';
import { inTransaction, insertLogged, newId, updateLogged, type Db } from '../../../db/write';
import type { Handlers } from '../context';
import { siteOf } from './board';
import { ALWAYS_OPEN, openingHoursSchema } from '../../../shared/time/opening-hours';
import { checkWithinOpeningHours } from '../when';

/** The site's weekly opening hours; a site whose stored hours cannot be read is never closed. */
async function openingHoursOf(db: Db, siteId: string) {
  const row = await db
    .selectFrom('sites')
    .select('opening_hours')
    .where('id', '=', siteId)
    .executeTakeFirst();
  let stored: unknown = null;
  try {
    stored = row ? JSON.parse(row.opening_hours) : null;
  } catch {
    stored = null;
  }
  const parsed = openingHoursSchema.safeParse(stored);
  return parsed.success ? parsed.data : ALWAYS_OPEN;
}

function selectAppointments(db: Db) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('services as s', 's.id', 'a.service_id')
    .leftJoin('visits as v', 'v.id', 'a.visit_id')
    .select([
      'a.id',
      'a.service_id',
      's.name as service_name',
      'a.starts_at',
      'a.duration_minutes',
      'a.customer_name',
      'a.customer_id',
      'a.status',
      'v.ticket',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectAppointments>['execute']>>[number];

function toView(row: Row): AppointmentView {
  return {
    id: row.id,
    serviceId: row.service_id,
    serviceName: row.service_name,
    startsAt: row.starts_at,
    durationMinutes: row.duration_minutes,
    customerName: row.customer_name,
    customerId: row.customer_id,
    status: row.status,
    ticket: row.ticket,
  };
}

async function one(db: Db, id: string): Promise<AppointmentView> {
  return toView(await selectAppointments(db).where('a.id', '=', id).executeTakeFirstOrThrow());
}

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
      insertLogged(tx, actor, 'appointments', {
        id,
        site_id: site.id,
        service_id: input.serviceId,
        starts_at: new Date(input.startsAt).toISOString(),
        duration_minutes: input.durationMinutes,
        customer_id: input.customerId ?? null,
        customer_name: input.customerName,
        needs: JSON.stringify(input.needs ?? NO_NEEDS),
        notes: input.notes,
        status: 'booked',
        visit_id: null,
        booked_by: actor.staffId!,
        booked_at: actor.at.toISOString(),
      }),
    );
    ctx.events.emit('queue.changed', { siteId: site.id });
    return one(ctx.db, id);
  },

  async 'appointments.list'(ctx, input, call) {
    const site = await siteOf(ctx.db, call, input.siteId);
    const { start, end } = londonDayBounds(input.date);
    const rows = await selectAppointments(ctx.db)
      .where('a.site_id', '=', site.id)
      .where('a.starts_at', '>=', start.toISOString())
      .where('a.starts_at', '<', end.toISOString())
      .orderBy('a.starts_at')
      .execute();
    return rows.map(toView);
  },

  async 'appointments.cancel'(ctx, input, call) {
    const actor = call.actor();
    const appointment = await ctx.db
      .selectFrom('appointments')
      .selectAll()
      .where('id', '=', input.appointmentId)
      .executeTakeFirst();
    if (!appointment) throw new ApiFailure('NOT_FOUND', 'That appointment does not exist.');
    if (appointment.status !== 'booked')
      throw new ApiFailure(
        'CONFLICT',
        'Only a booked appointment can be cancelled; this one is already checked in or cancelled.',
      );
    await inTransaction(ctx.db, (tx) =>
      updateLogged(tx, actor, 'appointments', appointment.id, { status: 'cancelled' }),
    );
    ctx.events.emit('queue.changed', { siteId: appointment.site_id });
    return one(ctx.db, appointment.id);
  },
};

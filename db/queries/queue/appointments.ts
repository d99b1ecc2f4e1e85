// Appointments booked at a site: the day's list, booking, checking in and cancelling. Needs
// are stored as JSON.
import type { AppointmentView } from '../../../shared/api';
import type { CustomerNeeds } from '../../../shared/domain/needs';
import type { Selectable } from 'kysely';
import type { AppointmentTable } from '../../schema';
import type { ReadableDB, WritableDB } from '../../handles';
import { insertLogged, updateLogged, type Actor } from '../../write';

type Appointment = Selectable<AppointmentTable>;

function selectAppointments(db: ReadableDB) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('services as s', 's.id', 'a.service_id')
    .leftJoin('visits as v', 'v.id', 'a.visit_id')
    .select([
      'a.id',
      'a.service_id as serviceId',
      's.name as serviceName',
      'a.starts_at as startsAt',
      'a.duration_minutes as durationMinutes',
      'a.customer_name as customerName',
      'a.customer_id as customerId',
      'a.status',
      'v.ticket',
    ]);
}

export function appointmentView(db: ReadableDB, id: string): Promise<AppointmentView> {
  return selectAppointments(db).where('a.id', '=', id).executeTakeFirstOrThrow();
}

/** A site's appointments starting in `[start, end)` (ISO instants), earliest first. */
export function appointmentViewsBetween(
  db: ReadableDB,
  siteId: string,
  start: string,
  end: string,
): Promise<AppointmentView[]> {
  return selectAppointments(db)
    .where('a.site_id', '=', siteId)
    .where('a.starts_at', '>=', start)
    .where('a.starts_at', '<', end)
    .orderBy('a.starts_at')
    .execute();
}

/** An appointment with its needs as stored (parsed; null if none were given). */
export type AppointmentRecord = Omit<Appointment, 'needs'> & { needs: object | null };

export async function findAppointment(
  db: ReadableDB,
  id: string,
): Promise<AppointmentRecord | undefined> {
  const row = await db
    .selectFrom('appointments')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { ...row, needs: JSON.parse(row.needs) as object | null };
}

export async function insertAppointment(
  tx: WritableDB,
  actor: Actor,
  appointment: Omit<Appointment, 'needs'> & { needs: CustomerNeeds },
): Promise<void> {
  await insertLogged(tx, actor, 'appointments', {
    ...appointment,
    needs: JSON.stringify(appointment.needs),
  });
}

export async function updateAppointment(
  tx: WritableDB,
  actor: Actor,
  id: string,
  patch: Partial<Pick<Appointment, 'status' | 'visit_id'>>,
): Promise<void> {
  await updateLogged(tx, actor, 'appointments', id, patch);
}

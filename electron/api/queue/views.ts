// Turns queue rows into what the board, the desk and the contact form show.
import type { DeskView, VisitView } from '../../../shared/api';
import type { StaffPresence } from '../../../shared/domain/staff';
import { waitSeconds, waitStartsAt } from '../../../shared/domain/visits';
import type { WaitVisit } from '../../../shared/metrics/waits';
import type { DeskRow } from '../../../db/queries/queue/desks';
import type { VisitRow } from '../../../db/queries/queue/visits';

const date = (iso: string | null) => (iso ? new Date(iso) : null);

export function toWaitVisit(row: VisitRow): WaitVisit {
  return {
    state: row.state,
    arrivedAt: new Date(row.arrived_at),
    appointmentAt: date(row.appointment_at),
    firstSeenAt: date(row.first_seen_at),
    closedAt: date(row.closed_at),
  };
}

export function toVisitView(
  row: VisitRow,
  now: Date,
  markers: { customer_id: string; kind: string; reason: string; review_date: string }[] = [],
): VisitView {
  const arrived = new Date(row.arrived_at);
  const appointment = date(row.appointment_at);
  return {
    id: row.id,
    ticket: row.ticket,
    kind: row.kind,
    state: row.state,
    serviceId: row.service_id,
    serviceName: row.service_name,
    customerId: row.customer_id,
    customerName: row.linked_customer_name ?? row.customer_name,
    needs: row.needs,
    warningMarkers: markers
      .filter((m) => m.customer_id === row.customer_id)
      .map((m) => ({ kind: m.kind, reason: m.reason, reviewDate: m.review_date })),
    arrivedAt: row.arrived_at,
    appointmentAt: row.appointment_at,
    waitStartsAt: waitStartsAt(arrived, appointment).toISOString(),
    firstSeenAt: row.first_seen_at,
    calledAt: row.called_at,
    callCount: row.call_count,
    deskId: row.desk_id,
    deskName: row.desk_name,
    staffName: row.staff_name,
    waitSeconds: waitSeconds(arrived, appointment, date(row.first_seen_at), now),
  };
}

/** A desk as the board shows it; `presence` from the session store (queue/staffing.ts). */
export function toDeskView(
  desk: DeskRow,
  current: VisitView | null,
  presence: StaffPresence | null,
): DeskView {
  return {
    id: desk.id,
    name: desk.name,
    isOpen: desk.isOpen,
    staffId: desk.staff_id,
    staffName: desk.staff_name,
    serviceIds: desk.serviceIds,
    presence: desk.isOpen ? presence : null,
    current,
  };
}

// A hand-off as advisers, departments and the customer see it: its clock against the
// standard, the escalation flag once due soon or breached, and the customer's summary. Here in
// db/reports, engine-neutral, so the council server lists a customer's older hand-offs with the
// same code as the desk (issue 21's older history).
import type { HandOffView } from '../../shared/api';
import { customerSummary } from '../../shared/domain/hand-offs';
import { itemClock, type ItemState } from '../../shared/time';
import { standardsById } from '../queries/calendar-settings/standards';
import { listHandOffRows, type HandOffFilter } from '../queries/hand-offs/hand-offs';
import type { Db } from '../write';
import { clockContexts, dueDateOf } from './item-clock';

function escalationOf(state: ItemState | null, contact: string | null): string | null {
  const who = contact ? `escalate to ${contact}` : 'escalate to the department’s manager';
  if (state === 'breached') return `Overdue: ${who}.`;
  if (state === 'due_soon') return `Due soon: chase, then ${who} if needed.`;
  return null;
}

export async function handOffViews(
  db: Db,
  now: Date,
  filter: HandOffFilter,
): Promise<HandOffView[]> {
  const rows = await listHandOffRows(db, filter);
  const [standards, contexts] = await Promise.all([
    standardsById(db, [...new Set(rows.flatMap((r) => (r.standard_id ? [r.standard_id] : [])))]),
    clockContexts(
      db,
      rows.map((r) => r.site_id),
    ),
  ]);
  const views: HandOffView[] = [];
  for (const r of rows) {
    const ctx = contexts.get(r.site_id)!;
    const standard = r.standard_id ? standards.get(r.standard_id) : undefined;
    const finished =
      r.status === 'resolved' ? r.resolved_at : r.status === 'returned' ? r.status_at : null;
    const clock = standard
      ? itemClock(
          standard,
          ctx,
          {
            startedAt: new Date(r.created_at),
            finishedAt: finished ? new Date(finished) : null,
          },
          now,
        ).state
      : null;
    const dueDate = r.due_at ? dueDateOf(new Date(r.due_at)) : null;
    const withDepartment = r.status === 'open' || r.status === 'accepted';
    views.push({
      id: r.id,
      reference: r.reference,
      contactId: r.contact_id,
      customerId: r.customer_id,
      customerName: r.customer_name,
      serviceName: r.service_name,
      departmentId: r.department_id,
      departmentName: r.department_name,
      subject: r.subject,
      details: r.details,
      namedContact: r.named_contact,
      escalationContact: r.escalation_contact,
      standardName: r.standard_name,
      createdAt: r.created_at,
      createdByName: r.created_by_name,
      createdById: r.created_by,
      createdByTeam: r.created_by_team,
      dueAt: r.due_at,
      dueDate,
      status: r.status,
      statusAt: r.status_at,
      statusNote: r.status_note,
      clock,
      escalation: withDepartment ? escalationOf(clock, r.escalation_contact) : null,
      summary: customerSummary({
        subject: r.subject,
        departmentName: r.named_contact
          ? `${r.department_name} (${r.named_contact})`
          : r.department_name,
        status: r.status,
        dueDate,
        reference: r.reference,
      }),
      origin: r.origin,
    });
  }
  return views;
}

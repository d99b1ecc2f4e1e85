import type { CorrespondenceItem } from '../../../shared/api';
import { replyState, workingDaysLeft } from '../../../shared/metrics/correspondence';
import type { WorkingCalendar } from '../../../shared/time';
import { londonDateOf } from '../../../shared/time/london';
import type { HoldingReplyRow, ItemRow } from '../../../db/queries/correspondence/correspondence';

export function toItem(
  row: ItemRow,
  calendar: WorkingCalendar,
  today: string,
  holding: HoldingReplyRow[],
): CorrespondenceItem {
  const respondedDate = row.responded_at ? londonDateOf(row.responded_at) : null;
  return {
    id: row.id,
    reference: row.reference,
    channel: row.channel,
    receivedAt: row.received_at,
    receivedDate: row.received_date,
    serviceId: row.service_id,
    serviceName: row.service_name,
    subject: row.subject,
    customerId: row.customer_id,
    customerName: row.customer_name,
    senderAddress: row.sender_address,
    senderReference: row.sender_reference,
    replyWorkingDays: row.reply_working_days,
    dueDate: row.due_date,
    ackDueDate: row.ack_due_date,
    acknowledgedAt: row.acknowledged_at,
    assignedToId: row.assigned_to,
    assignedToName: row.assigned_name,
    assignedTeam: row.assigned_team,
    departmentId: row.department_id,
    departmentName: row.department_name,
    redirectContact: row.redirect_contact,
    customerToldAt: row.customer_told_at,
    status: row.status,
    respondedAt: row.responded_at,
    responseChannel: row.response_channel,
    respondedByName: row.responded_name,
    reopenReason: row.reopen_reason,
    workingDaysLeft: workingDaysLeft(calendar, respondedDate ?? today, row.due_date),
    state: replyState(
      calendar,
      today,
      row.due_date,
      row.status === 'closed' ? respondedDate : null,
    ),
    holdingReplies: holding
      .filter((h) => h.correspondence_id === row.id)
      .map((h) => ({
        sentAt: h.sent_at,
        reason: h.reason,
        expectedDate: h.expected_date,
        sentByName: h.sent_by_name,
      })),
  };
}

// A contact as every screen shows it: the names it points at, its length, its call, its
// offers and, when voided, who voided it and why.
import type { ContactRecord } from '../../../shared/api';
import type { Channel } from '../../../shared/domain/channels';
import type { Outcome } from '../../../shared/domain/outcomes';
import type { ReadableDB } from '../../../db/handles';
import { getContactRow, type ContactRow } from '../../../db/queries/contacts/contacts';
import { offersOfContacts } from '../../../db/queries/contacts/contact-offers';

export function toContactRecord(
  row: ContactRow,
  offers: ContactRecord['offers'] = [],
): ContactRecord {
  return {
    id: row.id,
    channel: row.channel as Channel,
    direction: row.direction,
    serviceId: row.service_id,
    serviceName: row.service_name,
    interactionTypeId: row.interaction_type_id,
    interactionTypeName: row.interaction_type_name,
    customerTypeId: row.customer_type_id,
    customerTypeName: row.customer_type_name,
    outcome: row.outcome as Outcome,
    departmentId: row.department_id,
    departmentName: row.department_name,
    partnerName: row.partner_name,
    notes: row.notes,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    durationSeconds: Math.round((Date.parse(row.ended_at) - Date.parse(row.started_at)) / 1000),
    staffId: row.staff_id,
    staffName: row.staff_name,
    siteId: row.site_id,
    siteName: row.site_name,
    recordedAt: row.recorded_at,
    updatedAt: row.updated_at,
    corrected: row.corrected,
    visitId: row.visit_id,
    customerId: row.customer_id,
    offers,
    identityCheck: row.identity_check,
    answerSeconds: row.answer_seconds,
    transferred: row.transferred,
    transferReason: row.transfer_reason,
    voided:
      row.voided_at === null
        ? null
        : { at: row.voided_at, byName: row.voided_by_name ?? '', reason: row.void_reason ?? '' },
  };
}

/** The contact as it now is, after a write to it. */
export async function contactRecord(db: ReadableDB, id: string): Promise<ContactRecord> {
  const offers = await offersOfContacts(db, [id]);
  return toContactRecord((await getContactRow(db, id))!, offers.get(id));
}

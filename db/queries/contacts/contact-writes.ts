// Writing contacts: recorded, corrected and voided, each through the change log (db/write.ts)
// so a contact's history shows every change. Times are stored as UTC ISO text.
import type { IdentityCheck } from '../../../shared/domain/identity';
import type { WritableDB } from '../../handles';
import type { Contact } from '../../schema';
import { insertLogged, updateLogged, type Actor } from '../../write';

/** What an adviser records about a contact, in the domain's words. */
export interface ContactDetails {
  channel: string;
  direction: 'inbound' | 'outbound';
  serviceId: string;
  interactionTypeId: string;
  customerTypeId: string;
  outcome: string;
  departmentId: string | null;
  partnerName: string | null;
  notes: string;
  startedAt: string;
  endedAt: string;
  identityCheck: IdentityCheck;
}

function columnsOf(d: ContactDetails) {
  return {
    channel: d.channel,
    direction: d.direction,
    service_id: d.serviceId,
    interaction_type_id: d.interactionTypeId,
    customer_type_id: d.customerTypeId,
    outcome: d.outcome,
    department_id: d.departmentId,
    partner_name: d.partnerName,
    notes: d.notes,
    started_at: new Date(d.startedAt).toISOString(),
    ended_at: new Date(d.endedAt).toISOString(),
    identity_check: d.identityCheck,
  };
}

/** A new contact by `actor`, at their site, linked to a visit and customer when known. */
export async function insertContact(
  tx: WritableDB,
  actor: Actor,
  contact: {
    id: string;
    details: ContactDetails;
    visitId: string | null;
    customerId: string | null;
  },
): Promise<void> {
  const now = actor.at.toISOString();
  await insertLogged(tx, actor, 'contacts', {
    id: contact.id,
    ...columnsOf(contact.details),
    visit_id: contact.visitId,
    customer_id: contact.customerId,
    staff_id: actor.staffId!,
    site_id: actor.siteId!,
    recorded_at: now,
    updated_at: now,
  });
}

/** Writes a correction when it changes anything: an unchanged form leaves no history. */
export async function correctContact(
  tx: WritableDB,
  actor: Actor,
  existing: Contact,
  details: ContactDetails,
): Promise<void> {
  const columns = columnsOf(details);
  const changed = Object.entries(columns).some(
    ([key, value]) => existing[key as keyof typeof existing] !== value,
  );
  if (!changed) return;
  await updateLogged(tx, actor, 'contacts', existing.id, {
    ...columns,
    updated_at: actor.at.toISOString(),
  });
}

/** Marks a contact void as recorded in error: who, when and why. */
export async function voidContact(
  tx: WritableDB,
  actor: Actor,
  id: string,
  reason: string,
): Promise<void> {
  const at = actor.at.toISOString();
  await updateLogged(tx, actor, 'contacts', id, {
    voided_at: at,
    voided_by: actor.staffId,
    void_reason: reason,
    updated_at: at,
  });
}

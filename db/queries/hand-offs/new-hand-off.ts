// What a new hand-off reads before it is written: the contact it comes from, the
// department's named contact and escalation point (NeSDS 22), the service's own standard.
import type { ReadableDB } from '../../handles';

/** A contact with the adviser who recorded it (whose it is to hand off). */
export async function contactToHandOff(db: ReadableDB, contactId: string) {
  return db
    .selectFrom('contacts as c')
    .innerJoin('staff as st', 'st.id', 'c.staff_id')
    .select(['c.id', 'c.service_id', 'c.customer_id', 'c.staff_id', 'st.team', 'st.display_name'])
    .where('c.id', '=', contactId)
    .executeTakeFirst();
}

/** Whom the department's hand-offs go to and are escalated to, when it names them. */
export async function departmentContacts(
  db: ReadableDB,
  departmentId: string,
): Promise<{ contactName: string | null; escalationContact: string | null }> {
  const row = await db
    .selectFrom('departments')
    .select(['contact_name', 'escalation_contact'])
    .where('id', '=', departmentId)
    .executeTakeFirst();
  return {
    contactName: row?.contact_name ?? null,
    escalationContact: row?.escalation_contact ?? null,
  };
}

/** The hand-off standard the service agreed with its department, if it has one. */
export async function serviceHandOffStandardId(
  db: ReadableDB,
  serviceId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('services')
    .select('hand_off_standard_id')
    .where('id', '=', serviceId)
    .executeTakeFirst();
  return row?.hand_off_standard_id ?? null;
}

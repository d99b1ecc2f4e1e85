// Creating a hand-off: the department, its named contact and escalation point (NeSDS 22),
// and a due date from the agreed standard under the working-time engine. Used from a
// contact and by a change of address, so both give the customer the same promise.
import { ApiFailure } from '../../../shared/api/errors';
import { deadlineFor } from '../../../shared/time';
import { nextReference } from '../../../db/queries/references';
import { activeStandards, standardsById } from '../../../db/queries/calendar-settings/standards';
import {
  departmentContacts,
  serviceHandOffStandardId,
} from '../../../db/queries/hand-offs/new-hand-off';
import { insertLogged, newId, type Actor, type Db, type Tx } from '../../../db/write';
import { requireActive } from '../require-active';
import { clockContext } from '../../../db/reports/item-clock';

export interface NewHandOff {
  contactId: string | null;
  customerId: string | null;
  serviceId: string;
  departmentId: string;
  subject: string;
  details: string;
  /** A standard the adviser chose; otherwise the service's own, then the council's first. */
  standardId?: string;
  namedContact?: string;
  escalationContact?: string;
  origin: 'contact' | 'change_of_address';
}

async function chooseStandard(db: Db, serviceId: string, chosen: string | undefined) {
  const options = await activeStandards(db, 'department_hand_off');
  if (chosen) {
    const found = options.find((o) => o.id === chosen);
    if (!found) {
      const message = 'That standard is not an active hand-off standard. Choose one from the list.';
      throw new ApiFailure('VALIDATION', message, { standardId: message });
    }
    return found;
  }
  const own = await serviceHandOffStandardId(db, serviceId);
  if (own) {
    const standard = (await standardsById(db, [own])).get(own);
    if (standard) return { id: own, standard };
  }
  return options[0] ?? null;
}

/** Reads what the write needs, then returns a function that writes inside a transaction. */
export async function prepareHandOff(db: Db, actor: Actor, input: NewHandOff) {
  await requireActive(
    db,
    'departments',
    input.departmentId,
    'departmentId',
    'That department is not in the list. Choose one from the list.',
  );
  const department = await departmentContacts(db, input.departmentId);
  const chosen = await chooseStandard(db, input.serviceId, input.standardId);
  const ctx = await clockContext(db, actor.siteId!);
  const dueAt = chosen
    ? deadlineFor(
        chosen.standard,
        ctx,
        actor.at,
        Math.min(...chosen.standard.thresholds.map((t) => t.limit)),
      )
    : null;
  const id = newId();
  const now = actor.at.toISOString();
  return {
    id,
    async write(tx: Tx): Promise<void> {
      await insertLogged(tx, actor, 'hand_offs', {
        id,
        reference: await nextReference(tx, 'hand_offs', 'H', now.slice(0, 4)),
        contact_id: input.contactId,
        customer_id: input.customerId,
        service_id: input.serviceId,
        department_id: input.departmentId,
        standard_id: chosen?.id ?? null,
        subject: input.subject,
        details: input.details,
        named_contact: input.namedContact || department.contactName,
        escalation_contact: input.escalationContact || department.escalationContact,
        created_at: now,
        created_by: actor.staffId!,
        site_id: actor.siteId!,
        due_at: dueAt?.toISOString() ?? null,
        status: 'open',
        status_at: now,
        status_note: null,
        resolved_at: null,
        origin: input.origin,
      });
    },
  };
}

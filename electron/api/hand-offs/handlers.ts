// Hand-offs to service departments (NeSDS standards 22 and 24): created from a contact
// without retyping, tracked against the agreed standard, escalated when due soon or late.
// Whose hand-off it is to follow up: shared/api/access-rules.ts.
import type { HandOffView } from '../../../shared/api';
import { mayActOnItem, mayUpdateHandOff } from '../../../shared/api/access-rules';
import { ApiFailure } from '../../../shared/api/errors';
import { activeStandards } from '../../../db/queries/calendar-settings/standards';
import { inTransaction, updateLogged } from '../../../db/write';
import { contactToHandOff } from '../../../db/queries/hand-offs/new-hand-off';
import { actingStaff, refuseUnless } from '../acting-staff';
import type { ApiContext, Handlers } from '../context';
import { prepareHandOff } from './create';
import { handOffViews } from '../../../db/reports/hand-off-views';
import { refuseIfVoided } from '../contacts/voided-contact';

export async function handOffView(ctx: ApiContext, id: string): Promise<HandOffView> {
  const [view] = await handOffViews(ctx.db, ctx.clock.now(), { id });
  if (!view) throw new ApiFailure('NOT_FOUND', 'That hand-off does not exist.');
  return view;
}

/** Moves allowed by the department's answers; a resolved hand-off is finished. */
const ALLOWED_FROM: Record<string, string[]> = {
  accepted: ['open', 'returned'],
  resolved: ['open', 'accepted', 'returned'],
  returned: ['open', 'accepted'],
};

export const handOffHandlers: Pick<
  Handlers,
  'handOffs.create' | 'handOffs.get' | 'handOffs.list' | 'handOffs.setStatus' | 'handOffs.standards'
> = {
  async 'handOffs.create'(ctx, input, call) {
    const actor = call.actor();
    const contact = await contactToHandOff(ctx.db, input.contactId);
    if (!contact) throw new ApiFailure('NOT_FOUND', 'That contact does not exist.');
    // Handing off changes the contact's outcome: the contact is its adviser's, or their team's.
    refuseUnless(
      mayActOnItem(await actingStaff(ctx, call), { id: contact.staff_id, team: contact.team }),
      `That contact was recorded by ${contact.display_name}, who is not in your team. Ask them or a team leader to hand it off.`,
    );
    await refuseIfVoided(
      ctx.db,
      contact.id,
      'Nothing is handed off from a void contact. Record a new contact and hand that off.',
    );
    const prepared = await prepareHandOff(ctx.db, actor, {
      contactId: contact.id,
      customerId: contact.customer_id,
      serviceId: contact.service_id,
      departmentId: input.departmentId,
      subject: input.subject,
      details: input.details,
      standardId: input.standardId,
      namedContact: input.namedContact,
      escalationContact: input.escalationContact,
      origin: 'contact',
    });
    await inTransaction(ctx.db, async (tx) => {
      await prepared.write(tx);
      // The contact's outcome follows: it was handed off, to this department.
      await updateLogged(tx, actor, 'contacts', contact.id, {
        outcome: 'handed_off',
        department_id: input.departmentId,
        updated_at: actor.at.toISOString(),
      });
    });
    ctx.events.emit('contacts.changed', { id: contact.id });
    return handOffView(ctx, prepared.id);
  },

  'handOffs.get': (ctx, input) => handOffView(ctx, input.id),

  'handOffs.list'(ctx, input) {
    return handOffViews(ctx.db, ctx.clock.now(), {
      departmentId: input.departmentId,
      withDepartment: input.view !== 'all',
      worklist: 500,
    }).then((list) => (input.view === 'escalate' ? list.filter((h) => h.escalation) : list));
  },

  async 'handOffs.setStatus'(ctx, input, call) {
    const actor = call.actor();
    const current = await handOffView(ctx, input.id);
    refuseUnless(
      mayUpdateHandOff(await actingStaff(ctx, call), current),
      `${current.reference} was handed off by ${current.createdByName}, who is not in your team. Ask them or a team leader to record the department’s answer.`,
    );
    if (!ALLOWED_FROM[input.status]!.includes(current.status)) {
      throw new ApiFailure(
        'CONFLICT',
        current.status === 'resolved'
          ? 'That hand-off is already resolved.'
          : `A hand-off that is ${current.status} cannot be marked ${input.status}.`,
      );
    }
    const at = actor.at.toISOString();
    await inTransaction(ctx.db, (tx) =>
      updateLogged(tx, actor, 'hand_offs', input.id, {
        status: input.status,
        status_at: at,
        status_note: input.note || null,
        resolved_at: input.status === 'resolved' ? at : null,
      }),
    );
    return handOffView(ctx, input.id);
  },

  async 'handOffs.standards'(ctx) {
    const list = await activeStandards(ctx.db, 'department_hand_off');
    return list.map((s) => ({ id: s.id, name: s.standard.name }));
  },
};

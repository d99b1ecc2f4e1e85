// Voiding a contact recorded in error (issue 19): the wrong customer, recorded twice, a test
// left in. The contact is kept, marked void (who, when, why) through the change log, shown
// struck through wherever it is listed, and left out of every figure: the tally and
// repeat-contact triggers drop it (migration 0021) and the queries that count contacts
// straight from the table skip `voided_at`. Who may void is shared/api/access-rules.ts.
import { mayVoidContact } from '../../../shared/api/access-rules';
import { ApiFailure } from '../../../shared/api/errors';
import { getContact } from '../../../db/queries/contacts/contacts';
import { voidContact } from '../../../db/queries/contacts/contact-writes';
import { inTransaction } from '../../../db/write';
import type { Handlers } from '../context';
import { contactRecord } from './contact-record';
import { refuseIfVoided } from './voided-contact';

export const contactVoidHandlers: Pick<Handlers, 'contacts.void'> = {
  async 'contacts.void'(ctx, input, call) {
    const actor = call.actor();
    const session = call.requireSession();
    const existing = await getContact(ctx.db, input.id);
    if (!existing) throw new ApiFailure('NOT_FOUND', 'That contact no longer exists.');
    const staff = { id: session.staffId, role: session.role };
    if (
      !mayVoidContact(
        staff,
        { staffId: existing.staff_id, recordedAt: existing.recorded_at },
        actor.at,
      )
    ) {
      throw new ApiFailure(
        'FORBIDDEN',
        existing.staff_id === session.staffId
          ? 'You can void your own contact only on the day you recorded it. Ask a team leader to void it.'
          : 'Advisers can void only their own contacts. Ask a team leader.',
      );
    }
    await inTransaction(ctx.db, async (tx) => {
      // Checked in the transaction, so two desks voiding at once get the same clear refusal.
      await refuseIfVoided(tx, input.id, 'It is already out of the figures.');
      await voidContact(tx, actor, input.id, input.reason);
    });
    ctx.events.emit('contacts.changed', { id: input.id });
    return contactRecord(ctx.db, input.id);
  },
};

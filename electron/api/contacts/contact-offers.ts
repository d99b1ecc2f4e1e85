// Proactive offers made during a contact (NeSDS standard 4): each answer is checked here and
// saved with the words of the offer at the time, in the contact's own transaction.
import type { ContactOffer } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import type { WritableDB } from '../../../db/handles';
import { writeContactOffers } from '../../../db/queries/contacts/contact-offers';
import type { Actor } from '../../../db/write';
import { requireActive } from '../require-active';

export async function saveContactOffers(
  tx: WritableDB,
  actor: Actor,
  contactId: string,
  offers: ContactOffer[],
): Promise<void> {
  if (offers.length === 0) return;
  const ruleIds = offers.map((o) => o.ruleId);
  if (new Set(ruleIds).size !== ruleIds.length) {
    throw new ApiFailure('VALIDATION', 'Each offer can be answered once per contact.', {
      offers: 'Each offer can be answered once per contact.',
    });
  }
  for (const ruleId of ruleIds) {
    await requireActive(
      tx,
      'offer_rules',
      ruleId,
      'offers',
      'One of the offers is no longer in use. Open the contact form again.',
    );
  }
  await writeContactOffers(tx, actor, contactId, offers);
}

// Proactive offers made during a contact (NeSDS standard 4): each is saved with the words of
// the offer at the time and the customer's answer, in the contact's own transaction.
import type { ContactOffer, OfferResponse } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import { insertLogged, newId, updateLogged, type Actor, type Db, type Tx } from '../../../db/write';

export async function saveContactOffers(
  tx: Tx,
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
  const rules = await tx
    .selectFrom('offer_rules')
    .select(['id', 'offer'])
    .where('id', 'in', ruleIds)
    .where('active', '=', 1)
    .execute();
  if (rules.length !== ruleIds.length) {
    const message = 'One of the offers is no longer in use. Open the contact form again.';
    throw new ApiFailure('VALIDATION', message, { offers: message });
  }
  const words = new Map(rules.map((r) => [r.id, r.offer]));
  const existing = await tx
    .selectFrom('contact_offers')
    .select(['id', 'rule_id'])
    .where('contact_id', '=', contactId)
    .execute();
  const existingByRule = new Map(existing.map((e) => [e.rule_id, e.id]));
  for (const o of offers) {
    const id = existingByRule.get(o.ruleId);
    if (id) await updateLogged(tx, actor, 'contact_offers', id, { response: o.response });
    else
      await insertLogged(tx, actor, 'contact_offers', {
        id: newId(),
        contact_id: contactId,
        rule_id: o.ruleId,
        offer: words.get(o.ruleId)!,
        response: o.response,
      });
  }
}

export async function offersOfContacts(
  db: Db,
  contactIds: string[],
): Promise<Map<string, { ruleId: string; offer: string; response: OfferResponse }[]>> {
  const result = new Map<string, { ruleId: string; offer: string; response: OfferResponse }[]>();
  if (contactIds.length === 0) return result;
  const rows = await db
    .selectFrom('contact_offers')
    .select(['contact_id', 'rule_id', 'offer', 'response'])
    .where('contact_id', 'in', contactIds)
    .execute();
  for (const r of rows) {
    const list = result.get(r.contact_id) ?? [];
    list.push({ ruleId: r.rule_id, offer: r.offer, response: r.response });
    result.set(r.contact_id, list);
  }
  return result;
}

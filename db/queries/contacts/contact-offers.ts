// Proactive offers made during a contact (NeSDS standard 4): each is saved with the words of
// the offer at the time and the customer's answer, in the contact's own transaction.
import type { OfferResponse } from '../../../shared/api/offers';
import type { ReadableDB, WritableDB } from '../../handles';
import { insertLogged, newId, updateLogged, type Actor } from '../../write';

export interface ContactOfferAnswer {
  ruleId: string;
  response: OfferResponse;
}

/** The words of each offer rule, by id, as the council last wrote them. */
export async function offerWords(db: ReadableDB, ruleIds: string[]): Promise<Map<string, string>> {
  if (ruleIds.length === 0) return new Map();
  const rules = await db
    .selectFrom('offer_rules')
    .select(['id', 'offer'])
    .where('id', 'in', ruleIds)
    .execute();
  return new Map(rules.map((r) => [r.id, r.offer]));
}

/**
 * Saves the answers to a contact's offers: a new answer keeps the offer's words of today;
 * an offer answered before (a correction) changes only its answer.
 */
export async function writeContactOffers(
  tx: WritableDB,
  actor: Actor,
  contactId: string,
  offers: ContactOfferAnswer[],
): Promise<void> {
  if (offers.length === 0) return;
  const words = await offerWords(
    tx,
    offers.map((o) => o.ruleId),
  );
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
  db: ReadableDB,
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

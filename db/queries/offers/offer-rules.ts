// Proactive offers (NeSDS standard 4): the rules an administrator sets, and how often each
// offer was made and taken up. `active` is SQLite's 0/1, a boolean outside this file.
import type { ReadableDB, WritableDB } from '../../handles';
import { insertLogged, newId, updateLogged, type Actor } from '../../write';

export interface OfferRuleRow {
  id: string;
  triggerServiceId: string;
  triggerServiceName: string;
  offer: string;
  active: boolean;
}

/** The rules in the council's order of services; retired ones only when asked for. */
export async function listOfferRules(
  db: ReadableDB,
  includeInactive: boolean,
): Promise<OfferRuleRow[]> {
  let query = db
    .selectFrom('offer_rules as r')
    .innerJoin('services as s', 's.id', 'r.trigger_service_id')
    .select(['r.id', 'r.trigger_service_id', 's.name as service_name', 'r.offer', 'r.active'])
    .orderBy('s.sort_order')
    .orderBy('r.sort_order')
    .orderBy('r.offer');
  if (!includeInactive) query = query.where('r.active', '=', 1);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    triggerServiceId: r.trigger_service_id,
    triggerServiceName: r.service_name,
    offer: r.offer,
    active: r.active === 1,
  }));
}

/** The rule of this service with these words, in any case, if there is one. */
export async function offerRuleWithWords(
  db: ReadableDB,
  triggerServiceId: string,
  offer: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('offer_rules')
    .select('id')
    .where('trigger_service_id', '=', triggerServiceId)
    .where((eb) => eb(eb.fn('lower', ['offer']), '=', offer.toLowerCase()))
    .executeTakeFirst();
  return row?.id;
}

/**
 * Writes a new rule, or changes the one with `id`.
 * @returns false when `id` names no rule (nothing written).
 */
export async function saveOfferRule(
  tx: WritableDB,
  actor: Actor,
  rule: { id?: string | undefined; triggerServiceId: string; offer: string; active: boolean },
): Promise<boolean> {
  const values = {
    trigger_service_id: rule.triggerServiceId,
    offer: rule.offer,
    active: rule.active ? 1 : 0,
  };
  if (rule.id) return updateLogged(tx, actor, 'offer_rules', rule.id, values);
  await insertLogged(tx, actor, 'offer_rules', { id: newId(), ...values });
  return true;
}

/**
 * How many times each offer got each response on contacts that started in `[from, to)`
 * (instants). A voided contact was recorded in error: offered to nobody (issue 19).
 */
export async function offerResponseCounts(
  db: ReadableDB,
  from: string,
  to: string,
): Promise<{ offer: string; response: 'offered' | 'accepted' | 'declined'; n: number }[]> {
  const rows = await db
    .selectFrom('contact_offers as o')
    .innerJoin('contacts as c', 'c.id', 'o.contact_id')
    .select(['o.offer', 'o.response'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('c.started_at', '>=', from)
    .where('c.started_at', '<', to)
    .where('c.voided_at', 'is', null)
    .groupBy(['o.offer', 'o.response'])
    .execute();
  return rows.map((r) => ({ offer: r.offer, response: r.response, n: Number(r.n) }));
}

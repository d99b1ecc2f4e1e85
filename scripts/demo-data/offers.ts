// Proactive offers (NeSDS standard 4: a customer claiming housing benefit is offered other
// benefits such as free school meals) as electron/api/contact-offers.ts saves them: for an
// inbound contact about a service with offer rules, the adviser makes each offer about 60% of
// the time, in the rule's words; about 40% of offers made are accepted, most of the rest
// declined, and a few left with the customer to think about.
import { type ActivityContext, type PlannedContact } from './activity';
import { uuidV7At } from './ids';

const MADE = 0.6;
const ACCEPTED = 0.4;
/** Of offers not accepted: declined, else left open ("offered"). */
const DECLINED = 0.8;

export function offerWriter(ctx: ActivityContext) {
  const rules = ctx.council.offerRules;
  const insert = ctx.writer.insert('contact_offers', [
    'id',
    'contact_id',
    'rule_id',
    'offer',
    'response',
  ]);
  const rng = ctx.stream('offers');
  const ids = ctx.stream('offer ids');

  return (contacts: PlannedContact[]): void => {
    if (rules.size === 0) return;
    for (const c of contacts) {
      if (c.direction !== 'inbound') continue;
      const offers = rules.get(c.service.service.id);
      if (!offers) continue;
      for (const rule of offers) {
        if (!rng.chance(MADE)) continue;
        const accepted = rng.chance(ACCEPTED);
        const response = accepted ? 'accepted' : rng.chance(DECLINED) ? 'declined' : 'offered';
        // Saved with the contact, in its transaction.
        insert(uuidV7At(c.recordedMs, ids), c.id, rule.id, rule.offer, response);
        ctx.counts.offers += 1;
        if (accepted) ctx.counts.offersAccepted += 1;
      }
    }
  };
}

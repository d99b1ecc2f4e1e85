// Proactive offers (NeSDS standard 4): rules an administrator sets, shown to the adviser
// while recording a contact for the trigger service, and figures of offers taken up.
import { ApiFailure } from '../../../shared/api/errors';
import { londonDayBounds } from '../../../shared/time/london';
import {
  listOfferRules,
  offerResponseCounts,
  offerRuleWithWords,
  saveOfferRule,
} from '../../../db/queries/offers/offer-rules';
import { inTransaction } from '../../../db/write';
import type { Handlers } from '../context';
import { requireActive } from '../require-active';

export const offerHandlers: Pick<Handlers, 'offers.rules' | 'offers.saveRule' | 'offers.figures'> =
  {
    'offers.rules'(ctx, _input, call) {
      return listOfferRules(ctx.db, call.requireSession().role === 'administrator');
    },

    async 'offers.saveRule'(ctx, input, call) {
      const actor = call.actor();
      // A rule may be switched off even after its service was withdrawn; new or live rules
      // need a live service. The refusal names this form's field.
      if (input.active)
        await requireActive(ctx.db, 'services', input.triggerServiceId, 'triggerServiceId');
      const duplicate = await offerRuleWithWords(ctx.db, input.triggerServiceId, input.offer);
      if (duplicate && duplicate !== input.id) {
        const message = 'That service already has this offer.';
        throw new ApiFailure('VALIDATION', message, { offer: message });
      }
      await inTransaction(ctx.db, async (tx) => {
        if (!(await saveOfferRule(tx, actor, input)))
          throw new ApiFailure('NOT_FOUND', 'That offer no longer exists.');
      });
      return listOfferRules(ctx.db, true);
    },

    async 'offers.figures'(ctx, input) {
      const rows = await offerResponseCounts(
        ctx.db,
        londonDayBounds(input.from).start.toISOString(),
        londonDayBounds(input.to).end.toISOString(),
      );
      const byOffer = new Map<
        string,
        { offer: string; offered: number; accepted: number; declined: number }
      >();
      for (const r of rows) {
        const entry = byOffer.get(r.offer) ?? {
          offer: r.offer,
          offered: 0,
          accepted: 0,
          declined: 0,
        };
        // Accepted and declined offers were offered too.
        entry.offered += r.n;
        if (r.response === 'accepted') entry.accepted += r.n;
        if (r.response === 'declined') entry.declined += r.n;
        byOffer.set(r.offer, entry);
      }
      return [...byOffer.values()].sort((a, b) => a.offer.localeCompare(b.offer));
    },
  };

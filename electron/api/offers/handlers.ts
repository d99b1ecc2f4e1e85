// Proactive offers (NeSDS standard 4): rules an administrator sets, shown to the adviser
// while recording a contact for the trigger service, and figures of offers taken up.
import type { OfferRule } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import { londonDayBounds } from '../../../shared/time/london';
import { inTransaction, insertLogged, newId, updateLogged, type Db } from '../../../db/write';
import type { Handlers } from '../context';
import { requireActiveService } from '../require-service';

async function listRules(db: Db, includeInactive: boolean): Promise<OfferRule[]> {
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

export const offerHandlers: Pick<Handlers, 'offers.rules' | 'offers.saveRule' | 'offers.figures'> =
  {
    'offers.rules'(ctx, _input, call) {
      return listRules(ctx.db, call.requireSession().role === 'administrator');
    },

    async 'offers.saveRule'(ctx, input, call) {
      const actor = call.actor();
      // A rule may be switched off even after its service was withdrawn; new or live rules
      // need a live service. The refusal names this form's field.
      if (input.active) {
        await requireActiveService(ctx.db, input.triggerServiceId).catch(() => {
          const message = 'Choose a service from the list.';
          throw new ApiFailure('VALIDATION', message, { triggerServiceId: message });
        });
      }
      const duplicate = await ctx.db
        .selectFrom('offer_rules')
        .select('id')
        .where('trigger_service_id', '=', input.triggerServiceId)
        .where((eb) => eb(eb.fn('lower', ['offer']), '=', input.offer.toLowerCase()))
        .executeTakeFirst();
      if (duplicate && duplicate.id !== input.id) {
        const message = 'That service already has this offer.';
        throw new ApiFailure('VALIDATION', message, { offer: message });
      }
      await inTransaction(ctx.db, async (tx) => {
        if (input.id) {
          const found = await updateLogged(tx, actor, 'offer_rules', input.id, {
            trigger_service_id: input.triggerServiceId,
            offer: input.offer,
            active: input.active ? 1 : 0,
          });
          if (!found) throw new ApiFailure('NOT_FOUND', 'That offer no longer exists.');
        } else {
          await insertLogged(tx, actor, 'offer_rules', {
            id: newId(),
            trigger_service_id: input.triggerServiceId,
            offer: input.offer,
            active: input.active ? 1 : 0,
          });
        }
      });
      return listRules(ctx.db, true);
    },

    async 'offers.figures'(ctx, input) {
      const rows = await ctx.db
        .selectFrom('contact_offers as o')
        .innerJoin('contacts as c', 'c.id', 'o.contact_id')
        .select(['o.offer', 'o.response'])
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('c.started_at', '>=', londonDayBounds(input.from).start.toISOString())
        .where('c.started_at', '<', londonDayBounds(input.to).end.toISOString())
        .where('c.voided_at', 'is', null) // recorded in error: offered to nobody (issue 19)
        .groupBy(['o.offer', 'o.response'])
        .execute();
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
        entry.offered += Number(r.n);
        if (r.response === 'accepted') entry.accepted += Number(r.n);
        if (r.response === 'declined') entry.declined += Number(r.n);
        byOffer.set(r.offer, entry);
      }
      return [...byOffer.values()].sort((a, b) => a.offer.localeCompare(b.offer));
    },
  };

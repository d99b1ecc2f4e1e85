import { mayCloseDesk } from '../../../shared/api/access-rules';
import { ApiFailure } from '../../../shared/api/errors';
import {
  busyTicketAt,
  closeDesk,
  findDesk,
  findDeskByName,
  holderNameOf,
  listDesks,
  openDesk,
} from '../../../db/queries/queue/desks';
import { inTransaction } from '../../../db/write';
import { actingStaff } from '../acting-staff';
import type { ApiContext, Handlers } from '../context';
import { deskPresence } from './staffing';
import { toDeskView } from './views';
import { siteOf } from './board';

async function deskView(ctx: ApiContext, siteId: string, deskId: string) {
  const desk = (await listDesks(ctx.db, siteId)).find((d) => d.id === deskId)!;
  const presenceOf = await deskPresence(ctx, ctx.clock.now());
  return toDeskView(desk, null, presenceOf(desk));
}

export const deskHandlers: Pick<Handlers, 'desks.open' | 'desks.close'> = {
  /**
   * Opens a desk by name at the site, creating it the first time that name is used. The one
   * opening it is the one at it (access-rules.ts: desks are the person's at them).
   */
  async 'desks.open'(ctx, input, call) {
    const actor = call.actor();
    const site = await siteOf(ctx.db, call, input.siteId);
    const deskId = await inTransaction(ctx.db, async (tx) => {
      const existing = await findDeskByName(tx, site.id, input.name);
      if (existing?.isOpen && existing.staff_id !== actor.staffId) {
        const holder = await holderNameOf(tx, existing.staff_id!);
        throw new ApiFailure(
          'CONFLICT',
          `${input.name} is already open for ${holder ?? 'a colleague'}. Choose another desk.`,
        );
      }
      return openDesk(tx, actor, {
        existingId: existing?.id ?? null,
        siteId: site.id,
        name: input.name,
        serviceIds: input.serviceIds,
      });
    });
    ctx.events.emit('queue.changed', { siteId: site.id });
    return deskView(ctx, site.id, deskId);
  },

  async 'desks.close'(ctx, input, call) {
    const actor = call.actor();
    const desk = await findDesk(ctx.db, input.deskId);
    if (!desk) throw new ApiFailure('NOT_FOUND', 'That desk does not exist.');
    if (!mayCloseDesk(await actingStaff(ctx, call), { staffId: desk.staff_id })) {
      const holder = await holderNameOf(ctx.db, desk.staff_id!);
      throw new ApiFailure(
        'FORBIDDEN',
        `${desk.name} is open for ${holder ?? 'a colleague'}. Only they or a team leader can close it.`,
      );
    }
    const busy = await busyTicketAt(ctx.db, desk.id);
    if (busy)
      throw new ApiFailure(
        'CONFLICT',
        `${desk.name} is still with ticket ${busy}. Finish or hold them before closing the desk.`,
      );
    await inTransaction(ctx.db, (tx) => closeDesk(tx, actor, desk.id));
    ctx.events.emit('queue.changed', { siteId: desk.site_id });
    return deskView(ctx, desk.site_id, desk.id);
  },
};

import { mayCloseDesk } from '../../../shared/api/access-rules';
import { ApiFailure } from '../../../shared/api/errors';
import { listDesks } from '../../../db/queries/queue/visits';
import { inTransaction, insertLogged, newId, updateLogged } from '../../../db/write';
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
      const existing = await tx
        .selectFrom('desks')
        .selectAll()
        .where('site_id', '=', site.id)
        .where('name', '=', input.name)
        .executeTakeFirst();
      if (existing?.is_open === 1 && existing.staff_id !== actor.staffId) {
        const holder = await tx
          .selectFrom('staff')
          .select('display_name')
          .where('id', '=', existing.staff_id!)
          .executeTakeFirst();
        throw new ApiFailure(
          'CONFLICT',
          `${input.name} is already open for ${holder?.display_name ?? 'a colleague'}. Choose another desk.`,
        );
      }
      const fields = {
        is_open: 1,
        staff_id: actor.staffId,
        opened_at: actor.at.toISOString(),
        service_ids: JSON.stringify(input.serviceIds),
      };
      if (existing) {
        await updateLogged(tx, actor, 'desks', existing.id, fields);
        return existing.id;
      }
      const id = newId();
      await insertLogged(tx, actor, 'desks', { id, site_id: site.id, name: input.name, ...fields });
      return id;
    });
    ctx.events.emit('queue.changed', { siteId: site.id });
    return deskView(ctx, site.id, deskId);
  },

  async 'desks.close'(ctx, input, call) {
    const actor = call.actor();
    const desk = await ctx.db
      .selectFrom('desks')
      .selectAll()
      .where('id', '=', input.deskId)
      .executeTakeFirst();
    if (!desk) throw new ApiFailure('NOT_FOUND', 'That desk does not exist.');
    if (!mayCloseDesk(await actingStaff(ctx, call), { staffId: desk.staff_id })) {
      const holder = await ctx.db
        .selectFrom('staff')
        .select('display_name')
        .where('id', '=', desk.staff_id!)
        .executeTakeFirst();
      throw new ApiFailure(
        'FORBIDDEN',
        `${desk.name} is open for ${holder?.display_name ?? 'a colleague'}. Only they or a team leader can close it.`,
      );
    }
    const busy = await ctx.db
      .selectFrom('visits')
      .select('ticket')
      .where('desk_id', '=', desk.id)
      .where('state', 'in', ['called', 'in_service'])
      .executeTakeFirst();
    if (busy)
      throw new ApiFailure(
        'CONFLICT',
        `${desk.name} is still with ticket ${busy.ticket}. Finish or hold them before closing the desk.`,
      );
    await inTransaction(ctx.db, (tx) =>
      updateLogged(tx, actor, 'desks', desk.id, { is_open: 0, staff_id: null }),
    );
    ctx.events.emit('queue.changed', { siteId: desk.site_id });
    return deskView(ctx, desk.site_id, desk.id);
  },
};

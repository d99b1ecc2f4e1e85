// One item as its screen shows it, and the logged update every action on an item makes.
import type { CorrespondenceItem } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import { londonDateOf } from '../../../shared/time/london';
import { holdingRepliesFor, itemById } from '../../../db/queries/correspondence/correspondence';
import type { Correspondence } from '../../../db/schema';
import { inTransaction, updateLogged } from '../../../db/write';
import type { ApiContext, Call } from '../context';
import { councilCalendar } from '../../../db/reports/council-calendar';
import { toItem } from './views';

export async function itemView(ctx: ApiContext, id: string): Promise<CorrespondenceItem> {
  const row = await itemById(ctx.db, id);
  if (!row) throw new ApiFailure('NOT_FOUND', 'That item is not in the correspondence records.');
  const calendar = await councilCalendar(ctx.db);
  return toItem(
    row,
    calendar,
    londonDateOf(ctx.clock.now()),
    await holdingRepliesFor(ctx.db, [id]),
  );
}

/** One logged update of an item, then its fresh view. */
export async function updateItem(
  ctx: ApiContext,
  call: Call,
  id: string,
  patch: Partial<Correspondence>,
): Promise<CorrespondenceItem> {
  const actor = call.actor();
  await inTransaction(ctx.db, (tx) =>
    updateLogged(tx, actor, 'correspondence', id, { ...patch, updated_at: actor.at.toISOString() }),
  );
  ctx.events.emit('correspondence.changed', { id });
  return itemView(ctx, id);
}

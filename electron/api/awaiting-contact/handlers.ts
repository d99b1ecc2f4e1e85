import { AWAITING_CONTACT_DAYS } from '../../../shared/api/awaiting-contact';
import { visitsAwaitingContact } from '../../../db/queries/awaiting-contact/awaiting-contact';
import type { Handlers } from '../context';
import { toVisitView } from '../queue/views';

export const awaitingContactHandlers: Pick<Handlers, 'queue.awaitingContact'> = {
  async 'queue.awaitingContact'(ctx, _input, call) {
    const now = ctx.clock.now();
    const since = new Date(now.getTime() - AWAITING_CONTACT_DAYS * 86_400_000).toISOString();
    const rows = await visitsAwaitingContact(ctx.db, call.requireSession().staffId, since);
    return rows.map((row) => ({ ...toVisitView(row, now), closedAt: row.closed_at! }));
  },
};

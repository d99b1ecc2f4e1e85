import type { Draft } from '../../../shared/api/drafts';
import { discardDraft, findDraft, saveDraft } from '../../../db/queries/drafts/drafts';
import type { Handlers } from '../context';

/** Each member of staff reads and writes only their own drafts: the session says whose. */
export const draftHandlers: Pick<Handlers, 'drafts.get' | 'drafts.save' | 'drafts.discard'> = {
  async 'drafts.get'(ctx, input, call) {
    const row = await findDraft(ctx.db, call.requireSession().staffId, input.form);
    return row ? { data: JSON.parse(row.data) as Draft['data'], updatedAt: row.updated_at } : null;
  },
  async 'drafts.save'(ctx, input, call) {
    const { staffId } = call.requireSession();
    const at = ctx.clock.now().toISOString();
    await saveDraft(ctx.db, staffId, input.form, JSON.stringify(input.data), at);
    return null;
  },
  async 'drafts.discard'(ctx, input, call) {
    await discardDraft(ctx.db, call.requireSession().staffId, input.form);
    return null;
  },
};

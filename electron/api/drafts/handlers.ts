import { discardDraft, findDraft, saveDraft } from '../../../db/queries/drafts/drafts';
import { inTransaction } from '../../../db/write';
import type { Handlers } from '../context';

/** Each member of staff reads and writes only their own drafts: the session says whose. */
export const draftHandlers: Pick<Handlers, 'drafts.get' | 'drafts.save' | 'drafts.discard'> = {
  async 'drafts.get'(ctx, input, call) {
    return (await findDraft(ctx.db, call.requireSession().staffId, input.form)) ?? null;
  },
  async 'drafts.save'(ctx, input, call) {
    const { staffId } = call.requireSession();
    const at = ctx.clock.now().toISOString();
    await inTransaction(ctx.db, (tx) => saveDraft(tx, staffId, input.form, input.data, at));
    return null;
  },
  async 'drafts.discard'(ctx, input, call) {
    const { staffId } = call.requireSession();
    await inTransaction(ctx.db, (tx) => discardDraft(tx, staffId, input.form));
    return null;
  },
};

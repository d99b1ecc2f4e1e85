import { getSetting } from '../../../db/queries/settings';
import { inTransaction, putSetting } from '../../../db/write';
import type { ApiContext, Handlers } from '../context';

async function general(ctx: ApiContext) {
  const [councilName, lockAfterMinutes, fcrTargetPercent] = await Promise.all([
    getSetting(ctx.db, 'council.name'),
    getSetting(ctx.db, 'security.lockAfterMinutes'),
    getSetting(ctx.db, 'targets.fcrPercent'),
  ]);
  return { councilName, lockAfterMinutes, fcrTargetPercent };
}

export const settingsHandlers: Pick<Handlers, 'settings.general' | 'settings.updateGeneral'> = {
  'settings.general': (ctx) => general(ctx),

  async 'settings.updateGeneral'(ctx, input, call) {
    const actor = call.actor();
    await inTransaction(ctx.db, async (tx) => {
      await putSetting(tx, actor, 'council.name', input.councilName);
      await putSetting(tx, actor, 'security.lockAfterMinutes', input.lockAfterMinutes);
      await putSetting(tx, actor, 'targets.fcrPercent', input.fcrTargetPercent);
    });
    ctx.events.emit('settings.changed', null);
    return general(ctx);
  },
};

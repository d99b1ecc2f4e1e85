import { getSetting } from '../../../db/queries/settings/settings';
import { queueTimes, setWaitLimitMinutes } from '../../../db/queries/targets';
import { inTransaction, putSetting } from '../../../db/write';
import type { ApiContext, Handlers } from '../context';

async function general(ctx: ApiContext) {
  const [
    councilName,
    lockAfterMinutes,
    fcrTargetPercent,
    confirmOlderThanDays,
    offlineHistoryDays,
  ] = await Promise.all([
    getSetting(ctx.db, 'council.name'),
    getSetting(ctx.db, 'security.lockAfterMinutes'),
    getSetting(ctx.db, 'targets.fcrPercent'),
    getSetting(ctx.db, 'records.confirmOlderThanDays'),
    getSetting(ctx.db, 'sync.offlineHistoryDays'),
  ]);
  return {
    councilName,
    lockAfterMinutes,
    fcrTargetPercent,
    confirmOlderThanDays,
    offlineHistoryDays,
  };
}

async function queueSettings(ctx: ApiContext) {
  const [times, holdReturn] = await Promise.all([
    queueTimes(ctx.db),
    getSetting(ctx.db, 'queue.holdReturn'),
  ]);
  return { waitLimitMinutes: times.limit, amberMinutes: times.amber, holdReturn };
}

export const settingsHandlers: Pick<
  Handlers,
  'settings.general' | 'settings.updateGeneral' | 'settings.queue' | 'settings.updateQueue'
> = {
  'settings.queue': (ctx) => queueSettings(ctx),

  async 'settings.updateQueue'(ctx, input, call) {
    const actor = call.actor();
    await inTransaction(ctx.db, async (tx) => {
      await setWaitLimitMinutes(tx, actor, input.waitLimitMinutes);
      await putSetting(tx, actor, 'queue.amberMinutes', input.amberMinutes);
      await putSetting(tx, actor, 'queue.holdReturn', input.holdReturn);
    });
    ctx.events.emit('queue.changed', null);
    return queueSettings(ctx);
  },

  'settings.general': (ctx) => general(ctx),

  async 'settings.updateGeneral'(ctx, input, call) {
    const actor = call.actor();
    await inTransaction(ctx.db, async (tx) => {
      await putSetting(tx, actor, 'council.name', input.councilName);
      await putSetting(tx, actor, 'security.lockAfterMinutes', input.lockAfterMinutes);
      await putSetting(tx, actor, 'targets.fcrPercent', input.fcrTargetPercent);
      if (input.confirmOlderThanDays !== undefined)
        await putSetting(tx, actor, 'records.confirmOlderThanDays', input.confirmOlderThanDays);
      if (input.offlineHistoryDays !== undefined)
        await putSetting(tx, actor, 'sync.offlineHistoryDays', input.offlineHistoryDays);
    });
    ctx.events.emit('settings.changed', null);
    return general(ctx);
  },
};

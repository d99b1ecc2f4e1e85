// The waiting-area screen as a kiosk (issue 22). Administrators make, list and withdraw the
// display keys and set each site's sound; the screen itself calls `display.board` with its
// key and no session, and is answered tickets, desk names and call times only.
import type { DisplaySiteSettings } from '../../../shared/api';
import { DISPLAY_BOARD_CALLS } from '../../../shared/api/display';
import { ApiFailure } from '../../../shared/api/errors';
import { londonDateOf, londonDayBounds } from '../../../shared/time/london';
import {
  findDisplayKey,
  findDisplayKeyByKey,
  listDisplayKeys,
  makeDisplayKey,
  recordDisplayKeyUse,
  withdrawDisplayKey,
} from '../../../db/queries/display/display-keys';
import {
  displaySites,
  setSoundOnCall,
  soundOnCall,
  soundSettings,
} from '../../../db/queries/display/display-sites';
import { queueSite } from '../../../db/queries/queue/sites';
import { recentCalls } from '../../../db/queries/queue/visits';
import { inTransaction } from '../../../db/write';
import type { ApiContext, Handlers } from '../context';
import { nowCallingItem } from '../queue/board';
import { requireActive } from '../require-active';

const WRONG_KEY =
  'This screen’s display key is not recognised. An administrator can make a new one in Settings, under “Waiting-area display”.';
const WITHDRAWN_KEY =
  'This screen’s display key has been withdrawn. An administrator can make a new one in Settings, under “Waiting-area display”.';

async function keyView(ctx: ApiContext, id: string) {
  const found = (await listDisplayKeys(ctx.db)).find((k) => k.id === id);
  if (!found) throw new ApiFailure('NOT_FOUND', 'That display key is not one made here.');
  return found;
}

async function siteSettings(ctx: ApiContext, siteId: string): Promise<DisplaySiteSettings> {
  const site = await queueSite(ctx.db, siteId);
  return { siteId, siteName: site.name, soundOnCall: await soundOnCall(ctx.db, siteId) };
}

export const displayHandlers: Pick<
  Handlers,
  'display.keys' | 'display.makeKey' | 'display.withdrawKey' | 'display.setSound' | 'display.board'
> = {
  async 'display.keys'(ctx) {
    const [keys, sites, sound] = await Promise.all([
      listDisplayKeys(ctx.db),
      displaySites(ctx.db),
      soundSettings(ctx.db),
    ]);
    return {
      keys,
      sites: sites.map((s) => ({
        siteId: s.id,
        siteName: s.name,
        soundOnCall: sound.get(s.id) ?? true,
      })),
    };
  },

  async 'display.makeKey'(ctx, input, call) {
    const actor = call.actor();
    await requireActive(ctx.db, 'sites', input.siteId, 'siteId', 'Choose the site from the list.');
    const made = await inTransaction(ctx.db, (tx) =>
      makeDisplayKey(
        tx,
        { ...actor, staffId: call.requireSession().staffId },
        input.siteId,
        input.label,
      ),
    );
    return { key: await keyView(ctx, made.id), secret: made.key };
  },

  async 'display.withdrawKey'(ctx, input, call) {
    const actor = call.actor();
    const found = await findDisplayKey(ctx.db, input.keyId);
    if (!found) throw new ApiFailure('NOT_FOUND', 'That display key is not one made here.');
    if (found.withdrawn_at)
      throw new ApiFailure('CONFLICT', 'That display key has already been withdrawn.');
    await inTransaction(ctx.db, (tx) => withdrawDisplayKey(tx, actor, input.keyId));
    return keyView(ctx, input.keyId);
  },

  async 'display.setSound'(ctx, input, call) {
    const actor = call.actor();
    await requireActive(ctx.db, 'sites', input.siteId, 'siteId', 'Choose the site from the list.');
    await inTransaction(ctx.db, (tx) => setSoundOnCall(tx, actor, input.siteId, input.soundOnCall));
    return siteSettings(ctx, input.siteId);
  },

  // Public: the key is the screen's whole credential. A wrong or withdrawn key writes nothing.
  async 'display.board'(ctx, input) {
    const found = await findDisplayKeyByKey(ctx.db, input.key);
    if (!found) throw new ApiFailure('UNAUTHENTICATED', WRONG_KEY);
    if (found.withdrawn_at) throw new ApiFailure('UNAUTHENTICATED', WITHDRAWN_KEY);
    const now = ctx.clock.now();
    await recordDisplayKeyUse(ctx.db, found, now);
    const dayStart = londonDayBounds(londonDateOf(now)).start.toISOString();
    const [site, sound, calls] = await Promise.all([
      queueSite(ctx.db, found.site_id),
      soundOnCall(ctx.db, found.site_id),
      recentCalls(ctx.db, found.site_id, dayStart, DISPLAY_BOARD_CALLS),
    ]);
    return { site: site.name, soundOnCall: sound, calls: calls.map(nowCallingItem) };
  },
};

import type { StandardView } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import {
  describeThreshold,
  regionBankHolidays,
  type OpeningHours,
  type ServiceStandard,
} from '../../../shared/time';
import { londonDateOf } from '../../../shared/time/london';
import type { ReadableDB } from '../../../db/handles';
import { getSetting } from '../../../db/queries/settings/settings';
import { siteById } from '../../../db/queries/reference/reference';
import {
  insertStandard,
  listActiveStandards,
  retireStandard,
  standardById,
  updateStandard,
} from '../../../db/queries/calendar-settings/standards';
import {
  activeSitesWithHours,
  setSiteHours,
} from '../../../db/queries/calendar-settings/opening-hours';
import { ALWAYS_OPEN } from '../../../shared/time/opening-hours';
import { inTransaction, newId, putSetting } from '../../../db/write';
import type { ApiContext, Handlers } from '../context';

async function calendarSettings(ctx: ApiContext) {
  const [region, closureDays, extraHolidays] = await Promise.all([
    getSetting(ctx.db, 'calendar.region'),
    getSetting(ctx.db, 'calendar.closureDays'),
    getSetting(ctx.db, 'calendar.extraHolidays'),
  ]);
  const year = Number(londonDateOf(ctx.clock.now()).slice(0, 4));
  const bankHolidays = [
    ...regionBankHolidays(region, year),
    ...regionBankHolidays(region, year + 1),
  ];
  return {
    region,
    closureDays: [...closureDays].sort(),
    extraHolidays: [...extraHolidays].sort(),
    bankHolidays,
  };
}

function toStandardView({ id, standard }: { id: string; standard: ServiceStandard }): StandardView {
  return {
    id,
    ...standard,
    labels: standard.thresholds.map((t) => describeThreshold(standard, t)),
  };
}

async function listStandards(db: ReadableDB) {
  return (await listActiveStandards(db)).map(toStandardView);
}

export const calendarSettingsHandlers: Pick<
  Handlers,
  | 'settings.calendar'
  | 'settings.updateCalendar'
  | 'sites.hours'
  | 'sites.updateHours'
  | 'standards.list'
  | 'standards.save'
  | 'standards.remove'
> = {
  'settings.calendar': (ctx) => calendarSettings(ctx),

  async 'settings.updateCalendar'(ctx, input, call) {
    const actor = call.actor();
    await inTransaction(ctx.db, async (tx) => {
      await putSetting(tx, actor, 'calendar.region', input.region);
      await putSetting(tx, actor, 'calendar.closureDays', [...input.closureDays].sort());
      await putSetting(tx, actor, 'calendar.extraHolidays', [...input.extraHolidays].sort());
    });
    return calendarSettings(ctx);
  },

  // Hours that cannot be read show as always open, as the queue treats them, so they can be set again.
  'sites.hours': async (ctx) =>
    (await activeSitesWithHours(ctx.db)).map((s) => ({ ...s, hours: s.hours ?? ALWAYS_OPEN })),

  async 'sites.updateHours'(ctx, input, call) {
    const actor = call.actor();
    // A retired site's hours may still be set: they time the records made there.
    const site = await siteById(ctx.db, input.siteId);
    if (!site) throw new ApiFailure('NOT_FOUND', 'That site does not exist.');
    const hours: OpeningHours = input.hours;
    await inTransaction(ctx.db, (tx) => setSiteHours(tx, actor, site.id, hours));
    return { id: site.id, name: site.name, hours };
  },

  'standards.list': (ctx) => listStandards(ctx.db),

  async 'standards.save'(ctx, input, call) {
    const actor = call.actor();
    const standard: ServiceStandard = input.standard;
    const id = input.id ?? newId();
    await inTransaction(ctx.db, async (tx) => {
      if (input.id) {
        if (!(await updateStandard(tx, actor, input.id, standard)))
          throw new ApiFailure('NOT_FOUND', 'That standard no longer exists.');
      } else {
        // After the shipped standards (numbered from 0) in the council's order.
        await insertStandard(tx, actor, id, standard, 100);
      }
    });
    return toStandardView(await standardById(ctx.db, id));
  },

  async 'standards.remove'(ctx, input, call) {
    const actor = call.actor();
    const found = await inTransaction(ctx.db, (tx) => retireStandard(tx, actor, input.id));
    if (!found) throw new ApiFailure('NOT_FOUND', 'That standard no longer exists.');
    return null;
  },
};

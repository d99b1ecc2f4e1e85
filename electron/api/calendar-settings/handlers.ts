import type { StandardView } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import {
  describeThreshold,
  openingHoursSchema,
  regionBankHolidays,
  type OpeningHours,
} from '../../../shared/time';
import { londonDateOf } from '../../../shared/time/london';
import { getSetting } from '../../../db/queries/settings/settings';
import { toServiceStandard } from '../../../db/queries/calendar-settings/standards';
import type { Selectable } from 'kysely';
import type { ServiceStandardTable } from '../../../db/schema';
import {
  inTransaction,
  insertLogged,
  newId,
  putSetting,
  updateLogged,
  type Db,
} from '../../../db/write';
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

function toStandardView(row: Selectable<ServiceStandardTable>): StandardView {
  const standard = toServiceStandard(row);
  return {
    id: row.id,
    ...standard,
    labels: standard.thresholds.map((t) => describeThreshold(standard, t)),
  };
}

async function listStandards(db: Db) {
  const rows = await db
    .selectFrom('service_standards')
    .selectAll()
    .where('active', '=', 1)
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
  return rows.map(toStandardView);
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

  async 'sites.hours'(ctx) {
    const sites = await ctx.db
      .selectFrom('sites')
      .select(['id', 'name', 'opening_hours'])
      .where('active', '=', 1)
      .orderBy('sort_order')
      .execute();
    return sites.map((s) => ({
      id: s.id,
      name: s.name,
      hours: openingHoursSchema.parse(JSON.parse(s.opening_hours)),
    }));
  },

  async 'sites.updateHours'(ctx, input, call) {
    const actor = call.actor();
    const site = await ctx.db
      .selectFrom('sites')
      .select(['id', 'name'])
      .where('id', '=', input.siteId)
      .executeTakeFirst();
    if (!site) throw new ApiFailure('NOT_FOUND', 'That site does not exist.');
    const hours: OpeningHours = input.hours;
    await inTransaction(ctx.db, (tx) =>
      updateLogged(tx, actor, 'sites', site.id, { opening_hours: JSON.stringify(hours) }),
    );
    return { id: site.id, name: site.name, hours };
  },

  'standards.list': (ctx) => listStandards(ctx.db),

  async 'standards.save'(ctx, input, call) {
    const actor = call.actor();
    const s = input.standard;
    const columns = {
      name: s.name,
      subject: s.subject,
      unit: s.unit,
      measure: s.measure,
      thresholds: JSON.stringify(s.thresholds),
      source: s.source,
    };
    const id = input.id ?? newId();
    await inTransaction(ctx.db, async (tx) => {
      if (input.id) {
        if (!(await updateLogged(tx, actor, 'service_standards', input.id, columns)))
          throw new ApiFailure('NOT_FOUND', 'That standard no longer exists.');
      } else {
        await insertLogged(tx, actor, 'service_standards', {
          id,
          ...columns,
          active: 1,
          sort_order: 100,
        });
      }
    });
    return toStandardView(
      await ctx.db
        .selectFrom('service_standards')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow(),
    );
  },

  async 'standards.remove'(ctx, input, call) {
    const actor = call.actor();
    const found = await inTransaction(ctx.db, (tx) =>
      updateLogged(tx, actor, 'service_standards', input.id, { active: 0 }),
    );
    if (!found) throw new ApiFailure('NOT_FOUND', 'That standard no longer exists.');
    return null;
  },
};

// The team leader's figures. The counting happens in the reports worker (electron/reports),
// so a long period never stalls the desks' calls.
import { activeAdvisers } from '../../../db/queries/stats/scope-choices';
import type { Handlers } from '../context';

export const statsHandlers: Pick<Handlers, 'stats.report' | 'stats.records' | 'stats.scopes'> = {
  'stats.report': (ctx, input) => ctx.reports.report(input, ctx.clock.now()),
  'stats.records': (ctx, input) => ctx.reports.records(input, ctx.clock.now()),
  async 'stats.scopes'(ctx) {
    const staff = await activeAdvisers(ctx.db);
    const teams = [...new Set(staff.map((s) => s.team).filter((t): t is string => !!t))].sort();
    return { teams, advisers: staff };
  },
};

// The team leader's figures. The counting happens in the reports worker (electron/reports),
// so a long period never stalls the desks' calls; on a desk joined to a council server, the
// server answers council-wide while it can (../../sync/council-figures.ts).
import { activeAdvisers } from '../../../db/queries/stats/scope-choices';
import { councilFigures } from '../../sync/council-figures';
import type { Handlers } from '../context';

export const statsHandlers: Pick<Handlers, 'stats.report' | 'stats.records' | 'stats.scopes'> = {
  'stats.report': (ctx, input, call) =>
    councilFigures(ctx, call, 'stats.report', input, () =>
      ctx.reports.report(input, ctx.clock.now()),
    ),
  'stats.records': (ctx, input, call) =>
    councilFigures(ctx, call, 'stats.records', input, () =>
      ctx.reports.records(input, ctx.clock.now()),
    ),
  async 'stats.scopes'(ctx) {
    const staff = await activeAdvisers(ctx.db);
    const teams = [...new Set(staff.map((s) => s.team).filter((t): t is string => !!t))].sort();
    return { teams, advisers: staff };
  },
};

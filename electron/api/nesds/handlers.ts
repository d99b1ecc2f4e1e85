// The NeSDS evidence report: worked out in the reports worker (electron/reports/evidence.ts),
// so a month of a large council's records never holds up the desks' calls.
import { councilFigures } from '../../sync/council-figures';
import type { Handlers } from '../context';

export const nesdsHandlers: Pick<Handlers, 'nesds.evidence'> = {
  // Council-wide from the council server while a joined desk reaches it.
  'nesds.evidence': (ctx, input, call) =>
    councilFigures(ctx, call, 'nesds.evidence', input, () =>
      ctx.reports.evidence(input, ctx.clock.now()),
    ),
};

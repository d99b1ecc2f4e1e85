// The NeSDS evidence report: worked out in the reports worker (electron/reports/evidence.ts),
// so a month of a large council's records never holds up the desks' calls.
import type { Handlers } from '../context';

export const nesdsHandlers: Pick<Handlers, 'nesds.evidence'> = {
  'nesds.evidence': (ctx, input) => ctx.reports.evidence(input, ctx.clock.now()),
};

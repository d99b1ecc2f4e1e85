// Where a joined desk's team leader gets figures from (issue 23): online, the council server
// answers from every desk's records, council-wide, with the same report code; when it cannot
// (unreachable, or it stopped a report that ran too long), this desk answers from its own copy
// and says so on the figures: "this desk's copy, up to 10:42", and why. A single desk answers
// from its own records as always, with no label.
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import type { FiguresSource } from '../../shared/api/figures-source';
import { readSyncState } from '../../db/queries/sync/state';
import type { ApiContext, Call } from '../api/context';

/** The leader's figures the council server can answer (server/records/report-routes.ts). */
export type CouncilFigures =
  'stats.report' | 'stats.records' | 'nesds.evidence' | 'surveys.figures' | 'quality.results';

export async function councilFigures<K extends CouncilFigures>(
  ctx: ApiContext,
  call: Call,
  method: K,
  input: ParsedInputOf<K>,
  ownCopy: () => Promise<OutputOf<K>>,
): Promise<OutputOf<K>> {
  const state = await readSyncState(ctx.db);
  if (!state.identity) return ownCopy();
  const staffId = call.requireSession().staffId;
  const answer = await ctx.sync.askFigures(method, staffId, input, ctx.clock.now());
  if (answer.ok) return answer.value as OutputOf<K>;
  // Every figure this serves is an object with an optional `source` (shared/api/figures-source.ts).
  const own = (await ownCopy()) as OutputOf<K> & { source?: FiguresSource };
  own.source = { kind: 'desk', upTo: state.lastContactAt, reason: answer.reason };
  return own;
}

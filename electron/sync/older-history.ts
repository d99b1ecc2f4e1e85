// A joined desk keeps only the last N days of a customer's contacts, visits and items (issue
// 21's offline profile); the single view (NeSDS standard 23) still shows one timeline across
// every channel by reading what came before from the council server
// (server/records/history-routes.ts). A normal view costs one small request: only entries before
// the desk's own window are asked for. The answer is checked before it is believed; when the
// server cannot be reached in time the view opens at once with what the desk holds, and says so.
import { z } from 'zod';
import type { OlderHistory, TimelineEntry } from '../../shared/api';
import { getSetting } from '../../db/queries/settings/settings';
import { readSyncState } from '../../db/queries/sync/state';
import { trimCutoff } from '../../db/queries/sync/trim';
import { newestFirst } from '../../db/reports/timeline-entries';
import type { ApiContext } from '../api/context';
import { serverRequest, type ServerAddress } from './server-request';

/** A person is waiting at the screen: a slow answer is no answer (the view opens without it). */
export const OLDER_HISTORY_TIMEOUT_MS = 3_000;

const entrySchema = z.object({
  kind: z.enum(['contact', 'visit', 'correspondence', 'hand_off', 'feedback']),
  id: z.string().min(1),
  at: z.string().min(1),
  title: z.string(),
  detail: z.string(),
  open: z.boolean(),
  status: z.string(),
  dueDate: z.string().nullable(),
  voided: z.object({ at: z.string(), byName: z.string(), reason: z.string() }).optional(),
});

const answerSchema = z.object({ entries: z.array(entrySchema), more: z.boolean() });

/** The server's entries before `before`, or null: not reached in time, refused or unreadable. */
export async function askOlderHistory(
  address: ServerAddress,
  question: { customerId: string; staffId: string; before: string; now: Date },
): Promise<z.infer<typeof answerSchema> | null> {
  const answer = await serverRequest(
    { ...address, timeoutMs: OLDER_HISTORY_TIMEOUT_MS },
    '/records/customer-history',
    { ...question, now: question.now.toISOString() },
  );
  if (!answer.ok) return null;
  const read = answerSchema.safeParse(answer.body);
  return read.success ? read.data : null;
}

/**
 * The desk's own timeline with the council server's older entries it does not hold, each marked
 * `fromServer` (deduplicated by kind and id: the desk's own copy wins), and what the view says.
 */
export async function withOlderHistory(
  ctx: ApiContext,
  staffId: string,
  customerId: string,
  own: TimelineEntry[],
): Promise<{ timeline: TimelineEntry[]; olderHistory: OlderHistory }> {
  const state = await readSyncState(ctx.db);
  if (!state.identity) return { timeline: own, olderHistory: { status: 'not joined' } };
  const now = ctx.clock.now();
  // Where the desk's own copy starts: the trim's own cutoff (./trim-profile.ts), so nothing
  // falls between; what the desk still holds from before it is left out below.
  const before = trimCutoff(now, await getSetting(ctx.db, 'sync.offlineHistoryDays'));
  // Known to be offline: no request to wait on, the view opens at once.
  const address = state.offlineSince === null ? await ctx.sync.serverAddress() : null;
  const answer = address
    ? await askOlderHistory(address, { customerId, staffId, before, now })
    : null;
  if (!answer) return { timeline: own, olderHistory: { status: 'unreachable', before } };
  const held = new Set(own.map((e) => `${e.kind}:${e.id}`));
  const older = answer.entries
    .filter((e) => !held.has(`${e.kind}:${e.id}`))
    .map((e): TimelineEntry => ({ ...e, fromServer: true }));
  return {
    timeline: older.length ? newestFirst([...own, ...older]) : own,
    olderHistory: { status: 'included', before, count: older.length, more: answer.more },
  };
}

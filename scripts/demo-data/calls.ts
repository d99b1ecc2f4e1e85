// The telephone queue's record: a call for every inbound telephone contact (queued, then
// answered when the contact starts), and the calls abandoned before anyone answered (about
// 6% of calls), which only the switch knows about. Answer times come either from the adviser
// or from the switch's nightly import, as the app allows.
import { londonMinutes } from './clock';
import { iso, type ActivityContext, type PlannedContact } from './activity';
import { uuidV7At } from './ids';
import type { DayPlan } from './schedule';

/** Abandoned calls per answered call: about 6% of all calls. */
const ABANDONED_PER_ANSWERED = 0.065;
/** The switch's call records arrive after the contact centre closes. */
const IMPORT_MINUTE = 19 * 60;

export function callWriter(ctx: ActivityContext) {
  const insert = ctx.writer.insert('calls', [
    'id',
    'site_id',
    'queued_at',
    'answered_at',
    'abandoned_at',
    'staff_id',
    'contact_id',
    'source',
    'recorded_at',
  ]);
  const { rng } = ctx;

  return (plan: DayPlan, contacts: PlannedContact[]): void => {
    const nightlyMs = londonMinutes(plan.date)(IMPORT_MINUTE);
    // Imported that evening, or "as of" when the day is today and the import has not run.
    const imported = (ms: number) =>
      iso(Math.max(ms, Math.min(ctx.asOfMs, nightlyMs + rng.int(1800) * 1000)));
    for (const c of contacts) {
      if (c.channel !== 'telephone' || c.direction !== 'inbound') continue;
      const queuedMs = c.startMs - c.answerSeconds * 1000;
      const byAdviser = rng.chance(0.6);
      insert(
        uuidV7At(queuedMs, ctx.ids),
        c.siteDay.site.id,
        iso(queuedMs),
        iso(c.startMs),
        null,
        c.staffId,
        c.id,
        byAdviser ? 'adviser' : 'import',
        byAdviser ? iso(c.recordedMs) : imported(c.startMs),
      );
      ctx.counts.calls += 1;
      if (!rng.chance(ABANDONED_PER_ANSWERED)) continue;
      // Abandoned calls come when calls come (the queue is longest at the peaks).
      const abandonedQueuedMs = c.siteDay.time(rng);
      const abandonedMs = abandonedQueuedMs + Math.round(20 + 280 * rng.next() ** 1.5) * 1000;
      insert(
        uuidV7At(abandonedQueuedMs, ctx.ids),
        c.siteDay.site.id,
        iso(abandonedQueuedMs),
        null,
        iso(abandonedMs),
        null,
        null,
        'import',
        imported(abandonedMs),
      );
      ctx.counts.calls += 1;
      ctx.counts.abandonedCalls += 1;
    }
  };
}

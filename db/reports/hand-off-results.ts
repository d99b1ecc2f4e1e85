// Hand-offs against each agreed standard, every threshold shown with what was achieved
// (NeSDS standards 22 and 24; the definition is shared/metrics/hand-offs.ts). The results
// are worked out once for a span and then read for each day or period inside it.
import type { HandOffStandardRow } from '../../shared/api/stats';
import { handOffDecisions, outcomesIn, type HandOffDecision } from '../../shared/metrics/hand-offs';
import type { ServiceStandard } from '../../shared/time/index';
import { everyStandard } from '../queries/calendar-settings/every-standard';
import { handOffCandidates } from '../queries/stats/hand-off-items';
import type { Bounds, StatsFilter } from '../queries/stats/scope';
import type { Db } from '../write';
import { clockContexts } from './item-clock';

export interface HandOffSpan {
  standards: Map<string, ServiceStandard>;
  decisions: Map<string, HandOffDecision[]>;
}

export interface HandOffResults {
  rows: HandOffStandardRow[];
  /** Per standard id, the hand-offs that missed any of its limits in the period. */
  missed: Map<string, string[]>;
}

/** Calendar days a limit can reach back: working days stretched by weekends and holidays. */
function reachDays(standard: ServiceStandard): number {
  const limit = Math.max(...standard.thresholds.map((t) => t.limit));
  switch (standard.unit) {
    case 'working_days':
      return Math.ceil(limit * 1.4) + 21;
    case 'calendar_days':
      return limit + 2;
    case 'working_hours':
      return Math.ceil(limit / 6) * 2 + 21;
    default:
      return 2;
  }
}

/**
 * Every hand-off result that became certain within `bounds` (and before `now`). `standards`:
 * every standard, when the caller has already read them (`everyStandard`).
 */
export async function handOffSpan(
  db: Db,
  bounds: Bounds,
  filter: StatsFilter,
  now: Date,
  known?: Map<string, ServiceStandard>,
): Promise<HandOffSpan> {
  const standards = known ?? (await everyStandard(db));
  const lookBack = Math.max(2, ...[...standards.values()].map(reachDays));
  const candidates = await handOffCandidates(db, bounds, filter, lookBack);

  const groups = new Map<
    string,
    {
      standardId: string;
      siteId: string;
      items: { id: string; createdAt: Date; resolvedAt: Date | null }[];
    }
  >();
  for (const c of candidates) {
    if (!standards.has(c.standard_id!)) continue;
    const key = `${c.standard_id}|${c.site_id}`;
    let group = groups.get(key);
    if (!group)
      groups.set(key, (group = { standardId: c.standard_id!, siteId: c.site_id, items: [] }));
    group.items.push({
      id: c.id,
      createdAt: new Date(c.created_at),
      resolvedAt: c.resolved_at ? new Date(c.resolved_at) : null,
    });
  }
  const contexts = await clockContexts(
    db,
    [...groups.values()].map((g) => g.siteId),
  );
  const decisions = new Map<string, HandOffDecision[]>();
  const deadlines = new Map<string, Map<string, number>>();
  for (const group of groups.values()) {
    const ctx = contexts.get(group.siteId)!;
    let cache = deadlines.get(group.standardId);
    if (!cache) deadlines.set(group.standardId, (cache = new Map<string, number>()));
    const found = handOffDecisions(standards.get(group.standardId)!, ctx, group.items, now, cache);
    decisions.set(group.standardId, [...(decisions.get(group.standardId) ?? []), ...found]);
  }
  return { standards, decisions };
}

/** The results decided in [start, end) of a span worked out by `handOffSpan`. */
export function handOffResultsIn(span: HandOffSpan, bounds: Bounds): HandOffResults {
  const period = { start: new Date(bounds.start), end: new Date(bounds.end) };
  const rows: HandOffStandardRow[] = [];
  const missed = new Map<string, string[]>();
  for (const [standardId, decisions] of span.decisions) {
    const standard = span.standards.get(standardId)!;
    const outcomes = outcomesIn(standard, decisions, period);
    if (outcomes.every((o) => o.counted === 0)) continue;
    rows.push({
      standardId,
      name: standard.name,
      thresholds: outcomes.map(({ label, percent, counted, within, achievedPercent, met }) => ({
        label,
        percent,
        counted,
        within,
        achievedPercent,
        met,
      })),
    });
    missed.set(standardId, [...new Set(outcomes.flatMap((o) => o.missed))]);
  }
  return { rows: rows.sort((a, b) => a.name.localeCompare(b.name)), missed };
}

/**
 * Each period's rows, from one span worked out for all of them: the part a report hands to its
 * helper thread, so a few rows cross between threads rather than every decision of the span
 * (thousands of hand-offs, each copied out and back).
 */
export async function handOffRowsIn(
  db: Db,
  span: Bounds,
  periods: readonly Bounds[],
  filter: StatsFilter,
  now: Date,
  standards?: Map<string, ServiceStandard>,
): Promise<HandOffStandardRow[][]> {
  const worked = await handOffSpan(db, span, filter, now, standards);
  return periods.map((period) => handOffResultsIn(worked, period).rows);
}

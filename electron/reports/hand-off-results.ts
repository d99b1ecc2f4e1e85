// Hand-offs against each agreed standard in a period, every threshold shown with what was
// achieved (NeSDS standards 22 and 24; the definition is shared/metrics/hand-offs.ts).
import type { HandOffStandardRow } from '../../shared/api/stats';
import { handOffOutcomes, type HandOffItem } from '../../shared/metrics/hand-offs';
import type { ClockContext, ServiceStandard } from '../../shared/time';
import { toServiceStandard } from '../../db/queries/standards';
import { handOffCandidates } from '../../db/queries/stats/hand-off-items';
import type { Bounds, StatsFilter } from '../../db/queries/stats/scope';
import type { Db } from '../../db/write';
import { clockContext } from '../api/hand-offs/clock';

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

export async function handOffResults(
  db: Db,
  bounds: Bounds,
  filter: StatsFilter,
  now: Date,
): Promise<HandOffResults> {
  const standardRows = await db.selectFrom('service_standards').selectAll().execute();
  const standards = new Map(standardRows.map((r) => [r.id, toServiceStandard(r)]));
  const lookBack = Math.max(2, ...[...standards.values()].map(reachDays));
  const candidates = await handOffCandidates(db, bounds, filter, lookBack);

  const groups = new Map<string, { standardId: string; siteId: string; items: HandOffItem[] }>();
  for (const c of candidates) {
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
  const contexts = new Map<string, ClockContext>();
  const period = { start: new Date(bounds.start), end: new Date(bounds.end) };
  const byStandard = new Map<string, HandOffStandardRow>();
  const missed = new Map<string, string[]>();
  for (const group of groups.values()) {
    const standard = standards.get(group.standardId)!;
    let ctx = contexts.get(group.siteId);
    if (!ctx) contexts.set(group.siteId, (ctx = await clockContext(db, group.siteId)));
    const outcomes = handOffOutcomes(standard, ctx, group.items, period, now);
    let row = byStandard.get(group.standardId);
    if (!row) {
      row = {
        standardId: group.standardId,
        name: standard.name,
        thresholds: outcomes.map((o) => ({ ...o, counted: 0, within: 0, missed: undefined })),
      };
      byStandard.set(group.standardId, row);
    }
    const ids = missed.get(group.standardId) ?? [];
    outcomes.forEach((o, i) => {
      row.thresholds[i]!.counted += o.counted;
      row.thresholds[i]!.within += o.within;
      for (const id of o.missed) if (!ids.includes(id)) ids.push(id);
    });
    missed.set(group.standardId, ids);
  }
  const rows = [...byStandard.values()]
    .map((row) => ({
      ...row,
      thresholds: row.thresholds.map(({ label, percent, counted, within }) => {
        const achievedPercent = counted === 0 ? null : (within / counted) * 100;
        return {
          label,
          percent,
          counted,
          within,
          achievedPercent,
          met: achievedPercent === null ? null : achievedPercent >= percent,
        };
      }),
    }))
    .filter((row) => row.thresholds.some((t) => t.counted > 0))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { rows, missed };
}

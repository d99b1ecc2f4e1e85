// What the quality screens show: the samples with their progress, a sample's contacts with
// their scores, and a sample with its strata (the rows come from db/queries/quality).
import type {
  QualitySampleItemView,
  QualitySampleSummary,
  QualitySampleView,
  QualityScoreView,
  QualityStratumView,
} from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import type { Channel } from '../../../shared/domain/channels';
import type { Outcome } from '../../../shared/domain/outcomes';
import { contactScore } from '../../../shared/quality/scores';
import type { ReadableDB } from '../../../db/handles';
import {
  sampleItemRows,
  sampleScoreRows,
  sampleSummaryRows,
  strataRows,
} from '../../../db/queries/quality/samples';

export async function sampleSummaries(
  db: ReadableDB,
  id?: string,
): Promise<QualitySampleSummary[]> {
  const rows = await sampleSummaryRows(db, id);
  return rows.map(({ fraction, size, scored, voided, ...r }) => ({
    ...r,
    // Shares are kept to a hundredth of a percent (the draw refuses finer ones).
    percent: Math.round(fraction * 10_000) / 100,
    size,
    scored,
    voided,
  }));
}

/** A sample's contacts in the order drawn, with the contact's record and any scores. */
export async function sampleItemViews(
  db: ReadableDB,
  sampleId: string,
  itemId?: string,
): Promise<QualitySampleItemView[]> {
  const rows = await sampleItemRows(db, sampleId, itemId);
  const scores = await sampleScoreRows(db, sampleId);
  const byItem = new Map<string, QualityScoreView[]>();
  for (const { sampleItemId, ...score } of scores) {
    const list = byItem.get(sampleItemId) ?? [];
    list.push(score);
    byItem.set(sampleItemId, list);
  }
  return rows.map(({ voided_at, void_reason, voidedByName, ...r }) => {
    const results = byItem.get(r.id) ?? [];
    return {
      ...r,
      voided:
        voided_at === null
          ? null
          : { at: voided_at, byName: voidedByName ?? '', reason: void_reason ?? '' },
      channel: r.channel as Channel,
      outcome: r.outcome as Outcome,
      score: r.scoredAt ? contactScore(results.map((s) => s.result)) : null,
      results,
    };
  });
}

export async function sampleView(db: ReadableDB, id: string): Promise<QualitySampleView> {
  const [summary] = await sampleSummaries(db, id);
  if (!summary) throw new ApiFailure('NOT_FOUND', 'That sample does not exist.');
  const items = await sampleItemViews(db, id);
  const key = (s: { staffId: string; channel: string }) => `${s.staffId}\u0000${s.channel}`;
  // Every stratum of the period, so one with none drawn shows as "0 of 9".
  const byStratum = new Map<string, QualityStratumView>();
  for (const s of await strataRows(db, summary))
    byStratum.set(key(s), { ...s, channel: s.channel as Channel, drawn: 0 });
  for (const i of items) {
    // A sampled contact corrected since to another adviser or channel keeps its stratum.
    const stratum = byStratum.get(key(i)) ?? {
      staffId: i.staffId,
      adviserName: i.adviserName,
      channel: i.channel,
      population: 0,
      drawn: 0,
    };
    stratum.drawn += 1;
    byStratum.set(key(i), stratum);
  }
  return {
    ...summary,
    strata: [...byStratum.values()].sort(
      (a, b) =>
        a.adviserName.localeCompare(b.adviserName, 'en-GB') || a.channel.localeCompare(b.channel),
    ),
    items,
  };
}

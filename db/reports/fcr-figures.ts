// The first-contact resolution section: FCR as recorded and as verified from the period's
// counts (shared/metrics/fcr.ts `fcrFromCounts`: the division and the "met" of every FCR).
import type { FigureSection } from '../../shared/api/stats';
import { fcrFromCounts } from '../../shared/metrics/fcr';
import type { DayTotals } from './day-totals';
import { figure } from './figure-parts';
import { FCR_WORDS as W } from './figure-words';

export function fcrSection(t: DayTotals, fcrTarget: number): FigureSection {
  const fcr = fcrFromCounts(t, fcrTarget);
  const target = W.target(fcrTarget);
  return {
    id: 'fcr',
    title: W.title,
    definition: W.definition,
    figures: [
      figure({
        key: 'fcr.recorded',
        label: W.recorded,
        value: fcr.rate,
        unit: 'percent',
        detail: W.resolvedOf(t.resolved, t.completed),
        target,
        targetShare: fcrTarget,
        met: fcr.met,
        better: 'higher',
        drill: 'fcr.notResolved',
      }),
      figure({
        key: 'fcr.verified',
        label: W.verified,
        value: fcr.verifiedRate,
        unit: 'percent',
        detail: W.repeats(t.repeats),
        target,
        targetShare: fcrTarget,
        met: fcr.verifiedMet,
        better: 'higher',
        drill: 'fcr.repeats',
      }),
      figure({
        key: 'fcr.completed',
        label: W.completed,
        value: t.completed,
        unit: 'count',
        better: 'neither',
        drill: 'fcr.completed',
      }),
      figure({
        key: 'fcr.outbound',
        label: W.outbound,
        value: t.outbound,
        unit: 'count',
        better: 'neither',
        drill: 'fcr.outbound',
      }),
    ],
  };
}

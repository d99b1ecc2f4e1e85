// A period's figures, each with its target and whether it is met. One function makes the
// figures of the day and of each earlier weekday it is compared with, so both are counted
// the same way. Each section has its own module: the arithmetic is shared/metrics' (FCR,
// waits, telephone, correspondence, hand-offs), the words are figure-words.ts', and the
// targets come from db/queries/targets.ts through the report context.
import type { FigureSection, HandOffStandardRow } from '../../shared/api/stats';
import type { WaitFigures } from '../../shared/metrics/waits';
import { correspondenceSection } from './correspondence-figures';
import type { DayTotals } from './day-totals';
import { fcrSection } from './fcr-figures';
import { figure } from './figure-parts';
import { HAND_OFF_WORDS, VOLUME_WORDS } from './figure-words';
import type { Targets } from './report-context';
import { telephoneSection } from './telephone-figures';
import { waitFigures } from './wait-figures';

export interface PeriodExtras {
  /** Worked out from the visits themselves: the 90th percentile needs every wait. */
  waits: WaitFigures;
  overdueAtEnd: number;
  handOffs: HandOffStandardRow[];
}

/** Each hand-off standard's thresholds, as judged by shared/metrics/hand-offs.ts. */
function handOffSection(rows: readonly HandOffStandardRow[]): FigureSection {
  const W = HAND_OFF_WORDS;
  return {
    id: 'handOffs',
    title: W.title,
    definition: W.definition,
    figures: rows.flatMap((row) =>
      row.thresholds.map((th, i) =>
        figure({
          key: `handOffs.${row.standardId}.${i}`,
          label: W.threshold(row.name, th.label),
          value: th.achievedPercent === null ? null : th.achievedPercent / 100,
          unit: 'percent',
          detail: W.inTime(th.within, th.counted),
          target: W.target(th.percent),
          targetShare: th.percent / 100,
          met: th.met,
          better: 'higher',
          drill: 'handOffs.missed',
        }),
      ),
    ),
  };
}

function volumeSection(t: DayTotals): FigureSection {
  return {
    id: 'volume',
    title: VOLUME_WORDS.title,
    definition: VOLUME_WORDS.definition,
    figures: [
      figure({
        key: 'contacts.all',
        label: VOLUME_WORDS.contacts,
        value: t.contacts,
        unit: 'count',
        better: 'neither',
        drill: 'contacts.all',
      }),
    ],
  };
}

export function sectionsOf(t: DayTotals, extras: PeriodExtras, targets: Targets): FigureSection[] {
  return [
    fcrSection(t, targets.fcrTarget),
    waitFigures(extras.waits, targets),
    telephoneSection(t, targets.asaTargetSeconds),
    correspondenceSection(t, extras.overdueAtEnd, targets.replySharePercent),
    handOffSection(extras.handOffs),
    volumeSection(t),
  ];
}

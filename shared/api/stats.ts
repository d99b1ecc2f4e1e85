// The team leader's figures: one day (live while it runs) or any period, for all sites or
// one, a team or an adviser; each figure against its target, beside the same weekday's
// average over the previous four weeks, and the records behind it (NeSDS standards 2, 3,
// 18 and 21).
import type { FiguresSource } from './figures-source';
import { z } from 'zod';
import { checkPeriod, entityId, periodDays, text } from './common';
import { LEADERS, method } from './define';
import type { Better, Comparison, FigureUnit } from '../metrics/figure-types';

export type { Better, Comparison, FigureUnit } from '../metrics/figure-types';

/** The records a figure can open, so a miss can be traced to the contacts behind it. */
export const DRILLS = [
  'fcr.completed',
  'fcr.notResolved',
  'fcr.repeats',
  'fcr.outbound',
  'wait.seen',
  'wait.over',
  'wait.left',
  'calls.answered',
  'calls.slow',
  'calls.abandoned',
  'correspondence.received',
  'correspondence.answered',
  'correspondence.late',
  'correspondence.overdue',
  'correspondence.holding',
  'handOffs.missed',
  'contacts.all',
] as const;
export type Drill = (typeof DRILLS)[number];

/** Narrows a drill-down to one row of a breakdown (e.g. one channel's FCR misses). */
export const BREAKDOWNS = [
  'family',
  'channel',
  'service',
  'adviser',
  'interactionType',
  'customerType',
] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export interface Figure {
  key: string;
  label: string;
  value: number | null;
  /** With `value` null: why the figure is not known yet and when it will be ("known once the
   * switch's records are imported"), rather than "none yet". */
  notKnownWhy: string | null;
  unit: FigureUnit;
  /** e.g. "41 of 50 completed contacts". */
  detail: string | null;
  /** e.g. "80% or more"; null where there is no target (volume). */
  target: string | null;
  /** A percent figure's target as a share (0.8): the value is shown to one decimal near it
   * and judged on what is shown (shared/metrics/figure-format.ts). */
  targetShare?: number;
  met: boolean | null;
  better: Better;
  /** Only on a single day's report. */
  previous: Comparison | null;
  drill: Drill | null;
}

export interface FigureSection {
  id: 'fcr' | 'faceToFace' | 'telephone' | 'correspondence' | 'handOffs' | 'volume';
  title: string;
  /** What is counted and how, in a sentence a team leader can repeat upward. */
  definition: string;
  figures: Figure[];
}

export interface FcrRow {
  key: string;
  label: string;
  completed: number;
  resolved: number;
  rate: number | null;
  verifiedResolved: number;
  verifiedRate: number | null;
  met: boolean | null;
  verifiedMet: boolean | null;
}

export interface VolumeRow {
  key: string;
  label: string;
  count: number;
}

export interface ThresholdRow {
  label: string;
  percent: number;
  counted: number;
  within: number;
  achievedPercent: number | null;
  met: boolean | null;
}

export interface HandOffStandardRow {
  standardId: string;
  name: string;
  thresholds: ThresholdRow[];
}

export interface TrendPoint {
  date: string;
  contacts: number;
  fcr: number | null;
  fcrVerified: number | null;
  seenWithinLimit: number | null;
  averageSpeedOfAnswer: number | null;
  answeredWithinStandard: number | null;
}

/** Calls that reached the queue in one London hour of the period (Halton standards:
 * answer in an average of 30 seconds): for staffing the phones hour by hour. */
export interface CallHourRow {
  hour: number;
  answered: number;
  /** Null where no switch records cover the hour: only the switch knows a caller hung up. */
  abandoned: number | null;
  /** Abandoned over all calls that reached the queue in the hour. */
  abandonedShare: number | null;
  averageSpeedOfAnswer: number | null;
  met: boolean | null;
}

export interface StatsReport {
  /** Where the figures came from, on a desk joined to a council server (issue 23). */
  source?: FiguresSource;
  from: string;
  to: string;
  /** "All sites", "Widnes One Stop Shop"; "all teams", a team, or an adviser. */
  scopeLabel: string;
  /** When the figures were worked out; a day still running is live. */
  asOf: string;
  live: boolean;
  /** A day's verified FCR can still fall until the 7-day repeat window closes. */
  repeatWindowClosesOn: string;
  sections: FigureSection[];
  fcr: Record<'family' | 'channel' | 'service' | 'adviser', FcrRow[]>;
  handOffs: HandOffStandardRow[];
  volume: Record<'channel' | 'service' | 'interactionType' | 'customerType', VolumeRow[]>;
  /** Contacts by weekday (Mon..Sun) and London hour (0..23), over `heatmapFrom`..`to`. */
  heatmap: number[][];
  heatmapFrom: string;
  /** The period's calls by London hour (only hours with calls). */
  callsByHour: CallHourRow[];
  /** The targets the figures were measured against, as numbers (shares 0-1, seconds). */
  targets: {
    fcr: number;
    seenWithinLimit: number;
    averageSpeedOfAnswer: number;
    answeredWithinStandard: number;
  };
  /** One point per day: the period, or the week (7 days) to a single day. */
  trend: TrendPoint[];
}

export interface RecordColumn {
  key: string;
  label: string;
}

export interface StatsRecords {
  /** Where the figures came from, on a desk joined to a council server (issue 23). */
  source?: FiguresSource;
  title: string;
  columns: RecordColumn[];
  /** One page of the records, from the `offset` asked for; `total` says how many there are,
   * so an export asks for the next page until it has them all. */
  rows: Record<string, string | number | null>[];
  total: number;
}

/** Longest period a report covers: five years, a large council's whole history on file. */
const MAX_DAYS = 5 * 366;

export const statsScope = checkPeriod(
  z
    .object({
      ...periodDays,
      siteId: entityId('the site').optional(),
      team: text('The team', { max: 100, required: 'Choose the team from the list.' }).optional(),
      staffId: entityId('the adviser').optional(),
    })
    .strict(),
  { days: MAX_DAYS, words: 'five years' },
);

export type StatsScope = z.output<typeof statsScope>;

export const statsContract = {
  'stats.report': method<StatsReport>()(statsScope, 'session', LEADERS),
  'stats.records': method<StatsRecords>()(
    z
      .object({
        scope: statsScope,
        drill: z.enum(DRILLS, { error: 'Choose a figure to open.' }),
        breakdown: z.enum(BREAKDOWNS).optional(),
        key: text('The row opened', { max: 200 }).optional(),
        /** The first record of the page: an export pages through them all. */
        offset: z.number().int().min(0).optional(),
      })
      .strict(),
    'session',
    LEADERS,
  ),
  /** Teams and advisers a report can be narrowed to (sites come with the reference data). */
  'stats.scopes': method<{
    teams: string[];
    advisers: { id: string; name: string; team: string | null }[];
  }>()(z.object({}).strict(), 'session', LEADERS),
};

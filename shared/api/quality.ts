// Quality checks (NeSDS standard 19: quality measured across every channel and service with
// formal tools, constantly monitored; standard 20, Excellent: at least 5% of users targeted
// for quality evaluation). Team leaders keep the council's checklist, draw random samples of
// a period's contacts from a recorded seed, score each contact point by point, check that a
// sample can be reproduced, and read the results per adviser by month.
import type { FiguresSource } from './figures-source';
import { z } from 'zod';
import type { Channel } from '../domain/channels';
import type { Outcome } from '../domain/outcomes';
import { SEED_MAX } from '../quality/sampling';
import { QUALITY_RESULTS, type QualityResult, type QualityResultLines } from '../quality/scores';
import { checkPeriod, emptyInput, entityId, periodDays, text } from './common';
import { LEADERS, method } from './define';
import type { ContactVoid } from './contacts';

export interface QualityChecklistItemView {
  id: string;
  text: string;
  active: boolean;
  /** 1, 2, 3... among the active points; null for a retired one. */
  position: number | null;
}

export interface QualityStratumView {
  staffId: string;
  adviserName: string;
  channel: Channel;
  /** The stratum's contacts in the period: as when drawn, unless contacts were recorded or
   * corrected since (`quality.verify` says). */
  population: number;
  drawn: number;
}

export interface QualitySampleSummary {
  id: string;
  from: string;
  to: string;
  siteId: string | null;
  /** Null for every site. */
  siteName: string | null;
  percent: number;
  seed: number;
  /** Contacts in the period when it was drawn. */
  population: number;
  size: number;
  /** Drawn contacts scored, not counting any voided since. */
  scored: number;
  /** Drawn contacts voided since as recorded in error (issue 19): kept in the sample, shown
   * as void, never scored and out of the results. */
  voided: number;
  drawnAt: string;
  drawnByName: string;
}

export interface QualityScoreView {
  checklistItemId: string;
  /** The point's wording when it was scored. */
  itemText: string;
  result: QualityResult;
}

export interface QualitySampleItemView {
  id: string;
  position: number;
  contactId: string;
  /** The adviser of the stratum it was drawn from. */
  staffId: string;
  startedAt: string;
  channel: Channel;
  serviceName: string;
  interactionTypeName: string;
  outcome: Outcome;
  notes: string;
  adviserName: string;
  scoredAt: string | null;
  scoredByName: string | null;
  comment: string;
  /** met ÷ (met + not met) × 100; null until scored, or when no point applied. */
  score: number | null;
  results: QualityScoreView[];
  /** Voided since it was drawn: shown as void, not scored. */
  voided: ContactVoid | null;
}

export interface QualitySampleView extends QualitySampleSummary {
  strata: QualityStratumView[];
  items: QualitySampleItemView[];
}

export interface QualityVerification {
  sampleId: string;
  same: boolean;
  /** Contacts in the period now (against `population` when drawn). */
  populationNow: number;
  populationThen: number;
  /** Sampled contacts the redraw did not pick, and contacts it picked that were not sampled. */
  onlyInRecorded: number;
  onlyInRedraw: number;
  /** Contacts of the period recorded, or corrected, after the sample was drawn. */
  changedSinceDraw: number;
  /** In plain words, for the screen. */
  summary: string;
}

export interface QualityResults extends QualityResultLines {
  /** Where the figures came from, on a desk joined to a council server (issue 23). */
  source?: FiguresSource;
  from: string;
  to: string;
  siteId: string | null;
  /** The checklist points the lines' `items` follow, in order: active ones, then retired. */
  checklist: QualityChecklistItemView[];
}

export interface QualitySettings {
  samplePercent: number;
}

/** Longest period one sample or one set of results covers: a year. */
const A_YEAR = { days: 366, words: 'a year' };

const percent = (label: string) =>
  z
    .number({ error: `Enter ${label} as a number.` })
    .gt(0, 'The share must be more than 0%.')
    .max(100, 'The share cannot be more than 100%.')
    .refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-6, {
      message: 'Give the share to at most two decimal places, such as 2.5.',
    });

const sampleId = entityId('the sample');
const checklistItemId = entityId('the checklist point');

export const qualityContract = {
  'quality.checklist': method<QualityChecklistItemView[]>()(emptyInput, 'session', LEADERS),
  /** Adds a point (no id) or rewords one; a score keeps the wording it was given under. */
  'quality.saveChecklistItem': method<QualityChecklistItemView[]>()(
    z
      .object({
        id: checklistItemId.optional(),
        text: z
          .string()
          .trim()
          .min(3, 'Say what the adviser should have done.')
          .max(200, 'Keep the point under 200 characters.'),
      })
      .strict(),
    'session',
    LEADERS,
  ),
  'quality.moveChecklistItem': method<QualityChecklistItemView[]>()(
    z
      .object({
        id: checklistItemId,
        direction: z.enum(['up', 'down'], { error: 'Choose up or down.' }),
      })
      .strict(),
    'session',
    LEADERS,
  ),
  /** Takes a point off the checklist for new scores; past scores keep it. */
  'quality.retireChecklistItem': method<QualityChecklistItemView[]>()(
    z.object({ id: checklistItemId }).strict(),
    'session',
    LEADERS,
  ),
  'quality.draw': method<QualitySampleView>()(
    checkPeriod(
      z
        .object({
          ...periodDays,
          siteId: entityId('the site').optional(),
          /** Defaults to the council's setting (5%). */
          percent: percent('the share to sample').optional(),
          /** Random when not given; give an earlier sample's seed to repeat it. */
          seed: z
            .number({ error: 'The seed must be a whole number.' })
            .int('The seed must be a whole number.')
            .min(0, 'The seed must be a whole number, 0 or more.')
            .max(SEED_MAX, `The seed can be at most ${SEED_MAX}.`)
            .optional(),
        })
        .strict(),
      A_YEAR,
    ),
    'session',
    LEADERS,
  ),
  'quality.samples': method<QualitySampleSummary[]>()(emptyInput, 'session', LEADERS),
  'quality.sample': method<QualitySampleView>()(
    z.object({ id: sampleId }).strict(),
    'session',
    LEADERS,
  ),
  /** Scores one sampled contact on every active point; scoring again replaces the scores. */
  'quality.score': method<QualitySampleItemView>()(
    z
      .object({
        sampleItemId: entityId('the sampled contact'),
        results: z
          .array(
            z
              .object({
                checklistItemId,
                result: z.enum(QUALITY_RESULTS, {
                  error: 'Choose met, not met or not applicable.',
                }),
              })
              .strict(),
          )
          .min(1, 'Score the contact on every point of the checklist.')
          .max(100),
        comment: text('The comment', { max: 2000, multiline: true }).optional(),
      })
      .strict(),
    'session',
    LEADERS,
  ),
  /** Redraws from the recorded seed, share and period, and says whether the same contacts come out. */
  'quality.verify': method<QualityVerification>()(
    z.object({ id: sampleId }).strict(),
    'session',
    LEADERS,
  ),
  'quality.results': method<QualityResults>()(
    checkPeriod(
      z.object({ ...periodDays, siteId: entityId('the site').optional() }).strict(),
      A_YEAR,
    ),
    'session',
    LEADERS,
  ),
  'quality.settings': method<QualitySettings>()(emptyInput, 'session', LEADERS),
  'quality.updateSettings': method<QualitySettings>()(
    z.object({ samplePercent: percent('the usual share to sample') }).strict(),
    'session',
    LEADERS,
  ),
};

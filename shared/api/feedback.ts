import { z } from 'zod';
import { CHANNELS, type Channel } from '../domain/channels';
import {
  FEEDBACK_KINDS,
  STAGE_OUTCOMES,
  type ComplaintStage,
  type FeedbackKind,
  type StageOutcome,
} from '../domain/feedback';
import type { ItemState } from '../time/standards';
import { entityId, instant, isoDate, text } from './common';
import { COMPLAINT_OFFICERS } from './access-rules';
import { method } from './define';

export interface ComplaintStageView {
  stage: ComplaintStage;
  startedAt: string;
  /** The London date the reply is due by; null for the ombudsman. */
  dueDate: string | null;
  reason: string | null;
  respondedAt: string | null;
  outcome: StageOutcome | 'escalated' | null;
  response: string | null;
  clock: ItemState | null;
}

export interface FeedbackView {
  id: string;
  reference: string;
  kind: FeedbackKind;
  customerId: string | null;
  customerName: string | null;
  serviceId: string;
  serviceName: string;
  channel: Channel;
  receivedAt: string;
  summary: string;
  loggedByName: string;
  /** Whose it is to follow up: the one who logged it, and their team (access-rules.ts). */
  loggedById: string;
  loggedByTeam: string | null;
  /** About a named member of staff: only team leaders and administrators see it. */
  aboutNamedStaff: boolean;
  status: 'open' | 'closed';
  stage: ComplaintStage | null;
  stages: ComplaintStageView[];
}

export interface FeedbackServiceFigures {
  serviceName: string;
  complaints: number;
  compliments: number;
  comments: number;
  stage1Answered: number;
  stage1OnTime: number;
  stage2: number;
  stage2Answered: number;
  stage2OnTime: number;
  ombudsman: number;
  upheld: number;
}

export interface FeedbackFigures {
  from: string;
  to: string;
  byService: FeedbackServiceFigures[];
  total: FeedbackServiceFigures;
}

const feedbackId = entityId('the complaint, compliment or comment');

export const feedbackContract = {
  'feedback.log': method<FeedbackView>()(
    z
      .object({
        kind: z.enum(FEEDBACK_KINDS, { error: 'Choose complaint, compliment or comment.' }),
        serviceId: entityId('the service'),
        channel: z.enum(CHANNELS, { error: 'Choose how it came in.' }),
        receivedAt: instant('The date and time received'),
        summary: text('What the customer told us', {
          max: 4000,
          multiline: true,
          min: 3,
          required: 'Say what the customer told us.',
        }),
        customerId: entityId('the customer').optional(),
        aboutNamedStaff: z
          .boolean({ error: 'Say whether it is about a named member of staff.' })
          .default(false),
      })
      .strict(),
  ),
  'feedback.get': method<FeedbackView>()(z.object({ id: feedbackId }).strict()),
  'feedback.list': method<FeedbackView[]>()(
    z
      .object({
        view: z.enum(['open', 'all']).default('open'),
        kind: z.enum(FEEDBACK_KINDS).optional(),
      })
      .strict(),
  ),
  /** The council's reply at the complaint's current stage, with its outcome; it closes it. */
  'feedback.respond': method<FeedbackView>()(
    z
      .object({
        id: feedbackId,
        outcome: z.enum(STAGE_OUTCOMES, { error: 'Choose upheld, partly upheld or not upheld.' }),
        response: text('The reply', {
          max: 4000,
          multiline: true,
          min: 3,
          required: 'Summarise the reply sent.',
        }),
        respondedAt: instant('The date and time of the reply'),
      })
      .strict(),
    'session',
    COMPLAINT_OFFICERS,
  ),
  /** The customer is not satisfied: stage 1 to stage 2, or stage 2 to the ombudsman. */
  'feedback.escalate': method<FeedbackView>()(
    z
      .object({
        id: feedbackId,
        reason: text('The reason', {
          max: 2000,
          multiline: true,
          min: 3,
          required: 'Say why the customer is escalating it.',
        }),
        at: instant('The date and time it was escalated'),
      })
      .strict(),
  ),
  /** Monthly (or any period's) figures by service, by the date received. */
  'feedback.figures': method<FeedbackFigures>()(
    z.object({ from: isoDate('The first day'), to: isoDate('The last day') }).strict(),
    'session',
    COMPLAINT_OFFICERS,
  ),
};

// Exit surveys per contact (NeSDS standard 17): asked by the adviser with the customer there,
// or sent to answer later and its reply recorded when it comes back; the figures for team
// leaders by channel, service, site and customer type, with a monthly trend.
import type { FiguresSource } from './figures-source';
import { z } from 'zod';
import type { Channel } from '../domain/channels';
import {
  DONE_MORE_ANSWERS,
  SURVEY_VIAS,
  type DoneMoreAnswer,
  type SurveyMethod,
  type SurveyVia,
} from '../domain/surveys';
import type { SatisfactionFigures, SatisfactionGroup } from '../metrics/satisfaction';
import { checkPeriod, entityId, instant, periodDays, text } from './common';
import { LEADERS, method } from './define';

export interface SurveyView {
  id: string;
  contactId: string;
  method: SurveyMethod;
  sentVia: SurveyVia | null;
  sentAt: string | null;
  /** Null while a sent survey awaits its reply. */
  respondedAt: string | null;
  rating: number | null;
  couldHaveDoneMore: DoneMoreAnswer | null;
  comment: string;
  recordedByName: string;
  recordedAt: string;
}

/** A sent survey with no reply yet, and the contact it asks about. */
export interface AwaitingSurvey {
  surveyId: string;
  contactId: string;
  sentVia: SurveyVia;
  sentAt: string;
  contactStartedAt: string;
  channel: Channel;
  serviceName: string;
  siteName: string;
  customerName: string | null;
  customerTypeName: string;
  adviserName: string;
}

/**
 * A period's satisfaction. Surveys count in the period of the CONTACT they ask about (its
 * London date), not the day the answer came in: the transaction is what is measured.
 */
export interface SurveyFigures {
  /** Where the figures came from, on a desk joined to a council server (issue 23). */
  source?: FiguresSource;
  from: string;
  to: string;
  siteId: string | null;
  overall: SatisfactionFigures;
  byChannel: SatisfactionGroup[];
  byService: SatisfactionGroup[];
  bySite: SatisfactionGroup[];
  byCustomerType: SatisfactionGroup[];
  /**
   * One row per calendar month (key `YYYY-MM`), oldest first: every month of the period and
   * at least the 12 months to its end, so a single month is seen against the year before
   * it. The last month runs to `to`; months with no surveys are there with nothing counted.
   */
  byMonth: SatisfactionGroup[];
}

/** The awaiting list shows at most this many, the most recently sent. */
export const AWAITING_LIMIT = 500;

const contactId = entityId('the contact');

const answers = {
  rating: z
    .number({ error: 'Choose a rating from 1 (very dissatisfied) to 5 (very satisfied).' })
    .int('Choose a rating from 1 (very dissatisfied) to 5 (very satisfied).')
    .min(1, 'Choose a rating from 1 (very dissatisfied) to 5 (very satisfied).')
    .max(5, 'Choose a rating from 1 (very dissatisfied) to 5 (very satisfied).'),
  couldHaveDoneMore: z.enum(DONE_MORE_ANSWERS, {
    error: 'Say whether we could reasonably have done more: yes, no or not sure.',
  }),
  comment: text('The comment', { max: 2000, multiline: true }).default(''),
};

/** Longest period the figures cover: five years, as the daily stats. */
const FIVE_YEARS = { days: 5 * 366, words: 'five years' };

export const surveysContract = {
  /** The adviser asks with the customer there: answered at once. */
  'surveys.record': method<SurveyView>()(z.object({ contactId, ...answers }).strict()),
  /** Sent for the customer to answer later; the reply is recorded with surveys.respond. */
  'surveys.send': method<SurveyView>()(
    z
      .object({
        contactId,
        via: z.enum(SURVEY_VIAS, {
          error: 'Choose how it is sent: email, text message, letter or a phone call later.',
        }),
      })
      .strict(),
  ),
  /** The reply to a sent survey came back; `respondedAt` defaults to now. */
  'surveys.respond': method<SurveyView>()(
    z
      .object({ contactId, ...answers, respondedAt: instant('The date the reply came').optional() })
      .strict(),
  ),
  /** The contact's survey, or null when it has none. */
  'surveys.get': method<SurveyView | null>()(z.object({ contactId }).strict()),
  /** The surveys of several contacts (a day's list), those that have one. */
  'surveys.ofContacts': method<SurveyView[]>()(
    z
      .object({ contactIds: z.array(contactId).max(1000, 'Ask for 1,000 contacts or fewer.') })
      .strict(),
  ),
  /** Sent surveys still awaiting a reply, newest sent first (the latest 500). */
  'surveys.awaiting': method<AwaitingSurvey[]>()(z.object({}).strict()),
  'surveys.figures': method<SurveyFigures>()(
    checkPeriod(
      z.object({ ...periodDays, siteId: entityId('the site').optional() }).strict(),
      FIVE_YEARS,
    ),
    'session',
    LEADERS,
  ),
};

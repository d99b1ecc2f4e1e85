// Exit surveys per contact (NeSDS standard 17: transaction-driven, segmented, trends): the
// adviser asks with the customer there, or sends the survey and anyone records the reply
// that comes back. One survey per contact, so no transaction is counted twice.
import type { AwaitingSurvey, SurveyView } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import { AWAITING_LIMIT } from '../../../shared/api/surveys';
import type { Channel } from '../../../shared/domain/channels';
import {
  RATING_LABELS,
  SURVEY_SENT_WORDS,
  type Rating,
  type SurveyVia,
} from '../../../shared/domain/surveys';
import { londonDateOf } from '../../../shared/time/london';
import { getContact } from '../../../db/queries/contacts/contacts';
import {
  listAwaitingSurveys,
  siteExists,
  surveyOfContact,
  surveysOfContacts,
  type SurveyRow,
} from '../../../db/queries/surveys/surveys';
import type { ReadableDB } from '../../../db/handles';
import { inTransaction, insertLogged, newId, updateLogged, type Actor } from '../../../db/write';
import type { NewSatisfactionSurvey } from '../../../db/schema';
import type { ApiContext, Handlers } from '../context';
import { councilFigures } from '../../sync/council-figures';
import { refuseIfVoided } from '../contacts/voided-contact';

/** Desk clocks drift: a reply stamped a little ahead of the server's clock is accepted. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

function toSurveyView(row: SurveyRow): SurveyView {
  return {
    id: row.id,
    contactId: row.contact_id,
    method: row.method,
    sentVia: row.sent_via,
    sentAt: row.sent_at,
    respondedAt: row.responded_at,
    rating: row.rating,
    couldHaveDoneMore: row.could_have_done_more,
    comment: row.comment,
    recordedByName: row.recorded_by_name,
    recordedAt: row.recorded_at,
  };
}

async function surveyOf(db: ReadableDB, contactId: string): Promise<SurveyView | null> {
  const row = await surveyOfContact(db, contactId);
  return row ? toSurveyView(row) : null;
}

async function requireContact(db: ReadableDB, contactId: string) {
  const contact = await getContact(db, contactId);
  if (!contact) throw new ApiFailure('NOT_FOUND', 'That contact does not exist.');
  return contact;
}

/** In words, what the contact's survey already holds. */
function describe(survey: SurveyView): string {
  if (survey.rating !== null) return `rated ${survey.rating} of 5`;
  return `${SURVEY_SENT_WORDS[survey.sentVia as SurveyVia]}, awaiting a reply`;
}

async function requireNoSurvey(db: ReadableDB, contactId: string): Promise<void> {
  const existing = await surveyOf(db, contactId);
  if (existing) {
    throw new ApiFailure(
      'CONFLICT',
      `This contact already has its survey (${describe(existing)}). Each contact is surveyed once.`,
    );
  }
}

/** A contact's one survey, asked or sent: checked for an earlier one and written in the same
 * transaction, so two desks surveying one contact at once get the same clear refusal. */
async function startSurvey(
  ctx: ApiContext,
  actor: Actor,
  contactId: string,
  survey: Omit<
    NewSatisfactionSurvey,
    'id' | 'contact_id' | 'recorded_by' | 'recorded_at' | 'updated_at'
  >,
): Promise<SurveyView> {
  const now = actor.at.toISOString();
  await inTransaction(ctx.db, async (tx) => {
    await refuseIfVoided(
      tx,
      contactId,
      'A void contact is not surveyed: it was recorded in error and is out of the figures.',
    );
    await requireNoSurvey(tx, contactId);
    await insertLogged(tx, actor, 'satisfaction_surveys', {
      id: newId(),
      contact_id: contactId,
      ...survey,
      recorded_by: actor.staffId!,
      recorded_at: now,
      updated_at: now,
    });
  });
  ctx.events.emit('surveys.changed', { contactId });
  return (await surveyOf(ctx.db, contactId))!;
}

function ratingWords(rating: number): string {
  return RATING_LABELS[rating as Rating];
}

export const surveyHandlers: Pick<
  Handlers,
  | 'surveys.record'
  | 'surveys.send'
  | 'surveys.respond'
  | 'surveys.get'
  | 'surveys.ofContacts'
  | 'surveys.awaiting'
  | 'surveys.figures'
> = {
  async 'surveys.record'(ctx, input, call) {
    const actor = call.actor();
    const contact = await requireContact(ctx.db, input.contactId);
    // Asked "with the customer there" is true only on the day; later answers come back
    // from a sent survey, so the figures can tell the two apart (NeSDS 17: robust surveys).
    if (londonDateOf(contact.started_at) !== londonDateOf(actor.at)) {
      throw new ApiFailure(
        'CONFLICT',
        'A survey asked with the customer there is recorded on the day of the contact. For a later answer, send the survey and record the reply when it comes back.',
      );
    }
    const now = actor.at.toISOString();
    return startSurvey(ctx, actor, input.contactId, {
      method: 'asked',
      sent_via: null,
      sent_at: null,
      responded_at: now,
      rating: input.rating,
      could_have_done_more: input.couldHaveDoneMore,
      comment: input.comment,
    });
  },

  async 'surveys.send'(ctx, input, call) {
    const actor = call.actor();
    await requireContact(ctx.db, input.contactId);
    return startSurvey(ctx, actor, input.contactId, {
      method: 'sent',
      sent_via: input.via,
      sent_at: actor.at.toISOString(),
      responded_at: null,
      rating: null,
      could_have_done_more: null,
    });
  },

  async 'surveys.respond'(ctx, input, call) {
    const actor = call.actor();
    await requireContact(ctx.db, input.contactId);
    const survey = await surveyOf(ctx.db, input.contactId);
    if (!survey || survey.method !== 'sent') {
      throw new ApiFailure(
        'CONFLICT',
        survey
          ? `This survey was asked with the customer there and is already answered (rated ${survey.rating} of 5).`
          : 'No survey was sent for this contact, so there is no reply to record.',
      );
    }
    if (survey.respondedAt) {
      throw new ApiFailure(
        'CONFLICT',
        `The reply to this survey is already recorded (rated ${survey.rating} of 5, ${ratingWords(survey.rating!).toLowerCase()}).`,
      );
    }
    const respondedAt = new Date(input.respondedAt ?? actor.at).toISOString();
    if (Date.parse(respondedAt) > actor.at.getTime() + FUTURE_TOLERANCE_MS) {
      const message = 'That date is in the future. Record the reply once it has come back.';
      throw new ApiFailure('VALIDATION', message, { respondedAt: message });
    }
    if (respondedAt < survey.sentAt!) {
      const message = 'The reply cannot have come back before the survey was sent.';
      throw new ApiFailure('VALIDATION', message, { respondedAt: message });
    }
    await inTransaction(ctx.db, async (tx) => {
      await updateLogged(tx, actor, 'satisfaction_surveys', survey.id, {
        responded_at: respondedAt,
        rating: input.rating,
        could_have_done_more: input.couldHaveDoneMore,
        comment: input.comment,
        updated_at: actor.at.toISOString(),
      });
    });
    ctx.events.emit('surveys.changed', { contactId: input.contactId });
    return (await surveyOf(ctx.db, input.contactId))!;
  },

  async 'surveys.get'(ctx, input) {
    await requireContact(ctx.db, input.contactId);
    return surveyOf(ctx.db, input.contactId);
  },

  async 'surveys.ofContacts'(ctx, input) {
    const rows = await surveysOfContacts(ctx.db, input.contactIds);
    return rows.map(toSurveyView);
  },

  async 'surveys.awaiting'(ctx): Promise<AwaitingSurvey[]> {
    const rows = await listAwaitingSurveys(ctx.db, AWAITING_LIMIT);
    return rows.map((r) => ({
      surveyId: r.survey_id,
      contactId: r.contact_id,
      sentVia: r.sent_via!,
      sentAt: r.sent_at!,
      contactStartedAt: r.started_at,
      channel: r.channel as Channel,
      serviceName: r.service_name,
      siteName: r.site_name,
      customerName: r.customer_name,
      customerTypeName: r.customer_type_name,
      adviserName: r.adviser_name,
    }));
  },

  async 'surveys.figures'(ctx, input, call) {
    if (input.siteId && !(await siteExists(ctx.db, input.siteId)))
      throw new ApiFailure('NOT_FOUND', 'That site does not exist.');
    // In the reports worker: the trend reads a year of contacts, too long for the desks' loop;
    // council-wide from the council server while a joined desk reaches it.
    return councilFigures(ctx, call, 'surveys.figures', input, () =>
      ctx.reports.surveyFigures(input, ctx.clock.now()),
    );
  },
};

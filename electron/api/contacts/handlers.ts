// Recording contacts (NeSDS standard 2: every contact counted at first point of contact), the
// one-click quick log, an adviser's own day with its first-contact resolution, and the
// correction of a contact on the day it was recorded.
import { mayCorrectContact } from '../../../shared/api/access-rules';
import { ApiFailure } from '../../../shared/api/errors';
import { QUICK_LOG_INTERACTION_TYPE } from '../../../shared/domain/quick-log';
import { firstContactResolution } from '../../../shared/metrics/fcr';
import { londonDateOf, londonDayBounds } from '../../../shared/time/london';
import type { ContactRecord } from '../../../shared/api';
import { getContact, listStaffContacts } from '../../../db/queries/contacts/contacts';
import { saveContactCall } from '../../../db/queries/contacts/contact-call';
import { offersOfContacts } from '../../../db/queries/contacts/contact-offers';
import {
  correctContact,
  insertContact,
  type ContactDetails,
} from '../../../db/queries/contacts/contact-writes';
import {
  anonymousCustomerTypeId,
  interactionTypeByName,
} from '../../../db/queries/reference/reference';
import { getSetting } from '../../../db/queries/settings/settings';
import { inTransaction, newId } from '../../../db/write';
import type { ApiContext, Call, Handlers } from '../context';
import { checkBackdating } from '../backdating';
import { refuseFuture } from '../when';
import { checkNotFuture, checkReferences, contactLink, type ContactFields } from './contact-checks';
import { saveContactOffers } from './contact-offers';
import { contactRecord, toContactRecord } from './contact-record';
import { refuseIfVoided } from './voided-contact';

/** What is written of a contact's fields: department and partner only where the outcome uses them. */
function detailsOf(fields: ContactFields): ContactDetails {
  return {
    channel: fields.channel,
    direction: fields.direction,
    serviceId: fields.serviceId,
    interactionTypeId: fields.interactionTypeId,
    customerTypeId: fields.customerTypeId,
    outcome: fields.outcome,
    departmentId: fields.outcome === 'handed_off' ? fields.departmentId : null,
    partnerName: fields.outcome === 'referred_to_partner' ? fields.partnerName : null,
    notes: fields.notes,
    startedAt: fields.startedAt,
    endedAt: fields.endedAt,
    identityCheck: fields.identityCheck,
  };
}

async function recordContact(
  ctx: ApiContext,
  call: Call,
  fields: ContactFields,
): Promise<ContactRecord> {
  const actor = call.actor();
  checkNotFuture(fields, actor.at);
  await checkBackdating(ctx.db, actor.at, {
    field: 'startedAt',
    value: fields.startedAt,
    label: 'The start time',
    confirmed: fields.confirmOld,
  });
  await checkReferences(ctx.db, fields);
  const link = await contactLink(ctx.db, fields);
  const id = newId();
  await inTransaction(ctx.db, async (tx) => {
    await insertContact(tx, actor, { id, details: detailsOf(fields), ...link });
    await saveContactOffers(tx, actor, id, fields.offers);
    await saveContactCall(tx, actor, id, fields);
  });
  ctx.events.emit('contacts.changed', { id });
  return contactRecord(ctx.db, id);
}

export const contactHandlers: Pick<
  Handlers,
  'contacts.record' | 'contacts.quickLog' | 'contacts.mineToday' | 'contacts.correct'
> = {
  'contacts.record': (ctx, input, call) => recordContact(ctx, call, input),

  async 'contacts.quickLog'(ctx, input, call) {
    const now = ctx.clock.now();
    const customerTypeId = await anonymousCustomerTypeId(ctx.db);
    const interactionTypeId =
      input.interactionTypeId ?? (await interactionTypeByName(ctx.db, QUICK_LOG_INTERACTION_TYPE));
    if (!customerTypeId || !interactionTypeId) {
      throw new ApiFailure(
        'VALIDATION',
        'Quick log needs an "anonymous" customer type and a "Providing information" enquiry type. Ask an administrator to restore them.',
      );
    }
    refuseFuture(
      now,
      'startedAt',
      input.startedAt,
      'The start time is in the future. Log the enquiry once it has started.',
    );
    // A quick log ends now, so a start on an earlier day would make a contact days long.
    if (input.startedAt && londonDateOf(input.startedAt) < londonDateOf(now)) {
      const message =
        'A quick log is for an enquiry taken today. Use Record a contact for one on an earlier day.';
      throw new ApiFailure('VALIDATION', message, { startedAt: message });
    }
    // Within the clock skew a start a moment ahead is taken as now.
    const startedAt =
      input.startedAt && Date.parse(input.startedAt) <= now.getTime()
        ? input.startedAt
        : now.toISOString();
    return recordContact(ctx, call, {
      channel: input.channel,
      direction: 'inbound',
      serviceId: input.serviceId,
      interactionTypeId,
      customerTypeId,
      outcome: 'resolved',
      departmentId: null,
      partnerName: null,
      notes: '',
      startedAt,
      endedAt: now.toISOString(),
      visitId: null,
      customerId: null,
      offers: [],
      identityCheck: 'not_needed',
      answerSeconds: null,
      transferred: false,
      transferReason: null,
      confirmOld: false,
    });
  },

  async 'contacts.mineToday'(ctx, _input, call) {
    const session = call.requireSession();
    const date = londonDateOf(ctx.clock.now());
    const { start, end } = londonDayBounds(date);
    const [rows, targetPercent] = await Promise.all([
      listStaffContacts(ctx.db, session.staffId, start.toISOString(), end.toISOString()),
      getSetting(ctx.db, 'targets.fcrPercent'),
    ]);
    const offers = await offersOfContacts(
      ctx.db,
      rows.map((r) => r.id),
    );
    const contacts = rows.map((r) => toContactRecord(r, offers.get(r.id)));
    // Voided contacts stay on the list (struck through) but out of the figure.
    const fcr = firstContactResolution(
      contacts.map((c) => ({ ...c, customerId: null, voided: c.voided !== null })),
      { target: targetPercent / 100 },
    );
    return { date, contacts, fcr };
  },

  async 'contacts.correct'(ctx, input, call) {
    const actor = call.actor();
    const session = call.requireSession();
    const existing = await getContact(ctx.db, input.id);
    if (!existing) throw new ApiFailure('NOT_FOUND', 'That contact no longer exists.');
    if (
      !mayCorrectContact(
        { id: session.staffId, role: session.role },
        { staffId: existing.staff_id },
      )
    ) {
      throw new ApiFailure(
        'FORBIDDEN',
        'Advisers can correct only their own contacts. Ask a team leader.',
      );
    }
    await refuseIfVoided(
      ctx.db,
      input.id,
      'A void contact cannot be corrected. Record a new contact for what happened.',
    );
    if (londonDateOf(existing.recorded_at) !== londonDateOf(actor.at)) {
      throw new ApiFailure(
        'CONFLICT',
        'A contact can be corrected only on the day it was recorded. Ask a team leader to add a note instead.',
      );
    }
    checkNotFuture(input.fields, actor.at);
    await checkReferences(ctx.db, input.fields);
    await inTransaction(ctx.db, async (tx) => {
      await correctContact(tx, actor, existing, detailsOf(input.fields));
      await saveContactOffers(tx, actor, input.id, input.fields.offers);
      await saveContactCall(tx, actor, input.id, input.fields);
    });
    ctx.events.emit('contacts.changed', { id: input.id });
    return contactRecord(ctx.db, input.id);
  },
};

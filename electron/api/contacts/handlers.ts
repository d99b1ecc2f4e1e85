import type { ContactRecord } from '../../../shared/api';
import { mayCorrectContact } from '../../../shared/api/access-rules';
import { ApiFailure } from '../../../shared/api/errors';
import type { contactFields } from '../../../shared/api/contacts';
import type { Channel } from '../../../shared/domain/channels';
import type { Outcome } from '../../../shared/domain/outcomes';
import { firstContactResolution } from '../../../shared/metrics/fcr';
import { londonDateOf, londonDayBounds } from '../../../shared/time/london';
import {
  getContact,
  getContactRow,
  listStaffContacts,
  type ContactRow,
} from '../../../db/queries/contacts/contacts';
import {
  anonymousCustomerTypeId,
  interactionTypeByName,
  isActive,
} from '../../../db/queries/reference/reference';
import { getSetting } from '../../../db/queries/settings/settings';
import type { NewContact } from '../../../db/schema';
import { inTransaction, insertLogged, newId, updateLogged, type Db } from '../../../db/write';
import { saveContactCall } from './contact-call';
import { offersOfContacts, saveContactOffers } from './contact-offers';
import type { ApiContext, Call, Handlers } from '../context';
import { checkBackdating } from '../backdating';
import { refuseIfVoided } from './voided-contact';
import { refuseFuture } from '../when';
import type { z } from 'zod';

type ContactFields = z.output<typeof contactFields>;

export const QUICK_LOG_INTERACTION_TYPE = 'Providing information';

export function toContactRecord(
  row: ContactRow,
  offers: ContactRecord['offers'] = [],
): ContactRecord {
  return {
    id: row.id,
    channel: row.channel as Channel,
    direction: row.direction,
    serviceId: row.service_id,
    serviceName: row.service_name,
    interactionTypeId: row.interaction_type_id,
    interactionTypeName: row.interaction_type_name,
    customerTypeId: row.customer_type_id,
    customerTypeName: row.customer_type_name,
    outcome: row.outcome as Outcome,
    departmentId: row.department_id,
    departmentName: row.department_name,
    partnerName: row.partner_name,
    notes: row.notes,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    durationSeconds: Math.round((Date.parse(row.ended_at) - Date.parse(row.started_at)) / 1000),
    staffId: row.staff_id,
    staffName: row.staff_name,
    siteId: row.site_id,
    siteName: row.site_name,
    recordedAt: row.recorded_at,
    updatedAt: row.updated_at,
    corrected: Boolean(row.corrected),
    visitId: row.visit_id,
    customerId: row.customer_id,
    offers,
    identityCheck: row.identity_check,
    answerSeconds: row.answer_seconds === null ? null : Number(row.answer_seconds),
    transferred: row.transferred === 1,
    transferReason: row.transfer_reason,
    voided:
      row.voided_at === null
        ? null
        : { at: row.voided_at, byName: row.voided_by_name ?? '', reason: row.void_reason ?? '' },
  };
}

export async function contactRecord(db: Db, id: string): Promise<ContactRecord> {
  const offers = await offersOfContacts(db, [id]);
  return toContactRecord((await getContactRow(db, id))!, offers.get(id));
}

/** Refuses references to services, types or departments that are unknown or retired. */
async function checkReferences(db: Db, fields: ContactFields): Promise<void> {
  const problems: Record<string, string> = {};
  const checks = [
    [
      'services',
      fields.serviceId,
      'serviceId',
      'That service is not in the council’s list. Choose a service from the list.',
    ],
    [
      'interaction_types',
      fields.interactionTypeId,
      'interactionTypeId',
      'That type of enquiry is not in the list. Choose one from the list.',
    ],
    [
      'customer_types',
      fields.customerTypeId,
      'customerTypeId',
      'That customer type is not in the list. Choose one from the list.',
    ],
    [
      'departments',
      fields.departmentId,
      'departmentId',
      'That department is not in the list. Choose one from the list.',
    ],
  ] as const;
  for (const [table, id, field, message] of checks) {
    if (id !== null && !(await isActive(db, table, id))) problems[field] = message;
  }
  if (Object.keys(problems).length > 0) {
    throw new ApiFailure('VALIDATION', Object.values(problems).join(' '), problems);
  }
}

function checkNotFuture(fields: { startedAt: string; endedAt: string }, now: Date): void {
  refuseFuture(
    now,
    'startedAt',
    fields.startedAt,
    'The start time is in the future. Record a contact once it has happened.',
  );
  refuseFuture(
    now,
    'endedAt',
    fields.endedAt,
    'The end time is in the future. Record a contact once it has happened.',
  );
}

/** The columns a contact's fields set; department and partner only where the outcome uses them. */
function columnsOf(fields: ContactFields) {
  return {
    channel: fields.channel,
    direction: fields.direction,
    service_id: fields.serviceId,
    interaction_type_id: fields.interactionTypeId,
    customer_type_id: fields.customerTypeId,
    outcome: fields.outcome,
    department_id: fields.outcome === 'handed_off' ? fields.departmentId : null,
    partner_name: fields.outcome === 'referred_to_partner' ? fields.partnerName : null,
    notes: fields.notes,
    started_at: new Date(fields.startedAt).toISOString(),
    ended_at: new Date(fields.endedAt).toISOString(),
    identity_check: fields.identityCheck,
  };
}

/** A contact recorded from a desk carries the visit's customer: nothing is typed twice. */
async function visitLink(
  db: Db,
  visitId: string | null,
): Promise<{ visit_id: string | null; customer_id: string | null }> {
  if (!visitId) return { visit_id: null, customer_id: null };
  const visit = await db
    .selectFrom('visits')
    .select(['id', 'customer_id'])
    .where('id', '=', visitId)
    .executeTakeFirst();
  if (!visit) {
    const message = 'That visit is not in the queue records.';
    throw new ApiFailure('VALIDATION', message, { visitId: message });
  }
  return { visit_id: visit.id, customer_id: visit.customer_id };
}

async function insertContact(
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
  const link = await visitLink(ctx.db, fields.visitId);
  if (!link.customer_id && fields.customerId) {
    const customer = await ctx.db
      .selectFrom('customers')
      .select('id')
      .where('id', '=', fields.customerId)
      .executeTakeFirst();
    if (!customer) {
      const message = 'That customer record does not exist. Find the customer again.';
      throw new ApiFailure('VALIDATION', message, { customerId: message });
    }
    link.customer_id = customer.id;
  }
  const id = newId();
  const now = actor.at.toISOString();
  const row: NewContact = {
    id,
    ...columnsOf(fields),
    ...link,
    staff_id: actor.staffId!,
    site_id: actor.siteId!,
    recorded_at: now,
    updated_at: now,
  };
  await inTransaction(ctx.db, async (tx) => {
    await insertLogged(tx, actor, 'contacts', row);
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
  'contacts.record': (ctx, input, call) => insertContact(ctx, call, input),

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
    return insertContact(ctx, call, {
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
    const columns = columnsOf(input.fields);
    const changed = Object.entries(columns).some(
      ([key, value]) => existing[key as keyof typeof existing] !== value,
    );
    await inTransaction(ctx.db, async (tx) => {
      if (changed)
        await updateLogged(tx, actor, 'contacts', input.id, {
          ...columns,
          updated_at: actor.at.toISOString(),
        });
      await saveContactOffers(tx, actor, input.id, input.fields.offers);
      await saveContactCall(tx, actor, input.id, input.fields);
    });
    ctx.events.emit('contacts.changed', { id: input.id });
    return contactRecord(ctx.db, input.id);
  },
};

// The single view of the customer (NeSDS standard 23): needs and markers above all, open
// items with their clocks, then one timeline across every channel and service.
import type { CustomerView, MarkerView, TimelineEntry } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import { CHANNEL_LABELS, type Channel } from '../../../shared/domain/channels';
import { nameKeysOf } from '../../../shared/domain/name-keys';
import { NO_NEEDS, type CustomerNeeds } from '../../../shared/domain/needs';
import { OUTCOME_LABELS, type Outcome } from '../../../shared/domain/outcomes';
import { VISIT_STATE_LABELS } from '../../../shared/domain/visits';
import { londonDateOf } from '../../../shared/time/london';
import { COMPLAINT_STAGE_LABELS, FEEDBACK_KIND_LABELS } from '../../../shared/domain/feedback';
import { HAND_OFF_STATUS_LABELS } from '../../../shared/domain/hand-offs';
import { OFFER_RESPONSE_LABELS } from '../../../shared/api/offers';
import { recordAccess } from '../../../db/queries/access-log/access-log';
import { activeMarkers, logMarkerViews } from '../../../db/queries/customers/markers';
import { offersOfContacts } from '../contacts/contact-offers';
import { feedbackViews } from '../feedback/views';
import { handOffViews } from '../hand-offs/views';
import { inTransaction, insertLogged, newId, updateLogged } from '../../../db/write';
import type { ApiContext, Call, Handlers } from '../context';
import type { Session } from '../sessions';
import { refuseAnonymised } from '../data-protection/anonymised';
import { checkDateOfBirth } from '../when';

const SEQUENCE: TimelineEntry['kind'][] = [
  'visit',
  'correspondence',
  'contact',
  'hand_off',
  'feedback',
];

async function timeline(
  ctx: ApiContext,
  customerId: string,
  seenBy: Session,
): Promise<TimelineEntry[]> {
  const now = ctx.clock.now();
  const [contacts, visits, items, handOffs, feedback] = await Promise.all([
    ctx.db
      .selectFrom('contacts as c')
      .innerJoin('services as s', 's.id', 'c.service_id')
      .leftJoin('departments as d', 'd.id', 'c.department_id')
      .leftJoin('staff as vs', 'vs.id', 'c.voided_by')
      .select([
        'c.id',
        'c.started_at',
        'c.channel',
        'c.outcome',
        'c.notes',
        's.name as service',
        'd.name as department',
        'c.voided_at',
        'c.void_reason',
        'vs.display_name as voided_by_name',
      ])
      .where('c.customer_id', '=', customerId)
      .execute(),
    ctx.db
      .selectFrom('visits as v')
      .innerJoin('services as s', 's.id', 'v.first_service_id')
      .innerJoin('sites as si', 'si.id', 'v.site_id')
      .select([
        'v.id',
        'v.arrived_at',
        'v.ticket',
        'v.state',
        's.name as service',
        'si.name as site',
      ])
      .where('v.customer_id', '=', customerId)
      .execute(),
    ctx.db
      .selectFrom('correspondence as c')
      .innerJoin('services as s', 's.id', 'c.service_id')
      .select([
        'c.id',
        'c.received_at',
        'c.reference',
        'c.channel',
        'c.subject',
        'c.status',
        'c.due_date',
        'c.responded_at',
        's.name as service',
      ])
      .where('c.customer_id', '=', customerId)
      .execute(),
    handOffViews(ctx.db, now, (q) => q.where('h.customer_id', '=', customerId)),
    // A complaint about a named member of staff only for leaders (shared/api/access-rules.ts).
    feedbackViews(ctx.db, now, seenBy, (q) => q.where('f.customer_id', '=', customerId)),
  ]);
  const offers = await offersOfContacts(
    ctx.db,
    contacts.map((c) => c.id),
  );
  const entries: TimelineEntry[] = [
    ...contacts.map((c) => ({
      kind: 'contact' as const,
      id: c.id,
      at: c.started_at,
      title: `${CHANNEL_LABELS[c.channel as Channel]}: ${c.service}`,
      detail: [
        c.notes,
        offers.get(c.id)?.length
          ? `Offered: ${offers
              .get(c.id)!
              .map((o) => `${o.offer} (${OFFER_RESPONSE_LABELS[o.response].toLowerCase()})`)
              .join(', ')}.`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
      open: false,
      status: `${OUTCOME_LABELS[c.outcome as Outcome]}${c.department ? ` (${c.department})` : ''}`,
      dueDate: null,
      // Recorded in error: still on the customer's history, shown struck through as void.
      ...(c.voided_at && {
        voided: {
          at: c.voided_at,
          byName: c.voided_by_name ?? '',
          reason: c.void_reason ?? '',
        },
      }),
    })),
    ...visits.map((v) => ({
      kind: 'visit' as const,
      id: v.id,
      at: v.arrived_at,
      title: `Visit to ${v.site}: ${v.service}`,
      detail: `Ticket ${v.ticket}`,
      open: ['waiting', 'called', 'in_service', 'on_hold'].includes(v.state),
      status: VISIT_STATE_LABELS[v.state],
      dueDate: null,
    })),
    ...items.map((c) => ({
      kind: 'correspondence' as const,
      id: c.id,
      at: c.received_at,
      title: `${c.reference}: ${c.service}`,
      detail: c.subject,
      open: c.status === 'open',
      status:
        c.status === 'open'
          ? 'Awaiting a full reply'
          : `Answered ${londonDateOf(c.responded_at!)}${londonDateOf(c.responded_at!) <= c.due_date ? ', on time' : ', late'}`,
      dueDate: c.due_date,
    })),
    ...handOffs.map((h) => ({
      kind: 'hand_off' as const,
      id: h.id,
      at: h.createdAt,
      title: `${h.reference}: ${h.subject} (${h.departmentName})`,
      detail: h.escalation ?? h.details,
      open: h.status === 'open' || h.status === 'accepted',
      status: `${HAND_OFF_STATUS_LABELS[h.status]}${h.statusNote ? `: ${h.statusNote}` : ''}`,
      dueDate: h.dueDate,
    })),
    ...feedback.map((f) => {
      const stage = f.stages.at(-1);
      return {
        kind: 'feedback' as const,
        id: f.id,
        at: f.receivedAt,
        title: `${f.reference}: ${FEEDBACK_KIND_LABELS[f.kind]} about ${f.serviceName}`,
        detail: f.summary,
        open: f.status === 'open',
        status:
          f.kind !== 'complaint' || !stage
            ? 'Recorded'
            : `${COMPLAINT_STAGE_LABELS[stage.stage]}${f.status === 'open' ? ', awaiting a reply' : ', closed'}`,
        dueDate: f.status === 'open' ? (stage?.dueDate ?? null) : null,
      };
    }),
  ];
  // Newest first; at the same moment, what followed from a contact (its hand-off) is newer.
  return entries.sort(
    (a, b) => b.at.localeCompare(a.at) || SEQUENCE.indexOf(b.kind) - SEQUENCE.indexOf(a.kind),
  );
}

/** The single view; also returned by every write to a customer's record. */
export async function customerView(ctx: ApiContext, call: Call, id: string): Promise<CustomerView> {
  const session = call.requireSession();
  const row = await ctx.db
    .selectFrom('customers')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new ApiFailure('NOT_FOUND', 'That customer record does not exist.');
  if (row.merged_into)
    throw new ApiFailure('NOT_FOUND', 'That record was merged into another; search again.');
  const markers = await activeMarkers(ctx.db, [id]);
  // Every view of a marker is logged: who saw it, when, and where.
  await logMarkerViews(ctx.db, markers, session.staffId, 'customer view', ctx.clock.now());
  const entries = await timeline(ctx, id, session);
  return {
    id: row.id,
    displayName: row.display_name,
    details: {
      kind: row.kind,
      title: row.title,
      firstName: row.first_name,
      lastName: row.last_name,
      organisationName: row.organisation_name,
      addressLine1: row.address_line1,
      addressLine2: row.address_line2,
      town: row.town,
      postcode: row.postcode,
      phone: row.phone,
      email: row.email,
      dateOfBirth: row.date_of_birth,
      preferredChannel: row.preferred_channel as Channel | null,
      preferredLanguage: row.preferred_language,
      contactConsent: row.contact_consent === 1,
    },
    needs: { ...NO_NEEDS, ...(JSON.parse(row.needs) as Partial<CustomerNeeds>) },
    markers: markers.map((m): MarkerView => ({
      id: m.id,
      kind: m.kind,
      reason: m.reason,
      reviewDate: m.review_date,
      setByName: m.set_by_name,
      setAt: m.set_at,
    })),
    // Open items first by the date they are due, soonest at the top.
    openItems: entries
      .filter((e) => e.open)
      .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')),
    timeline: entries,
  };
}

export const customerViewHandlers: Pick<
  Handlers,
  'customers.view' | 'customers.update' | 'customers.addMarker' | 'customers.reviewMarker'
> = {
  async 'customers.view'(ctx, input, call) {
    const view = await customerView(ctx, call, input.id);
    const { staffId, siteId } = call.requireSession();
    await recordAccess(ctx.db, ctx.clock.now(), {
      staffId,
      siteId,
      action: 'opened_record',
      customerId: input.id,
      subject: 'Customer record',
    });
    return view;
  },

  async 'customers.update'(ctx, input, call) {
    const actor = call.actor();
    await refuseAnonymised(ctx.db, input.id);
    const d = input.details;
    checkDateOfBirth(actor.at, 'details.dateOfBirth', d.dateOfBirth);
    const displayName =
      d.kind === 'citizen'
        ? [d.title, d.firstName, d.lastName].filter(Boolean).join(' ')
        : d.organisationName!;
    const found = await inTransaction(ctx.db, (tx) =>
      updateLogged(tx, actor, 'customers', input.id, {
        kind: d.kind,
        display_name: displayName,
        title: d.title,
        first_name: d.firstName,
        last_name: d.lastName,
        organisation_name: d.organisationName,
        address_line1: d.addressLine1,
        address_line2: d.addressLine2,
        town: d.town,
        postcode: d.postcode,
        phone: d.phone,
        email: d.email,
        date_of_birth: d.dateOfBirth,
        preferred_channel: d.preferredChannel,
        preferred_language: d.preferredLanguage,
        contact_consent: d.contactConsent ? 1 : 0,
        ...(d.needs ? { needs: JSON.stringify(d.needs) } : {}),
        name_keys: nameKeysOf(d.firstName, d.lastName, d.organisationName),
        updated_at: actor.at.toISOString(),
      }),
    );
    if (!found) throw new ApiFailure('NOT_FOUND', 'That customer record does not exist.');
    return customerView(ctx, call, input.id);
  },

  async 'customers.reviewMarker'(ctx, input, call) {
    const actor = call.actor();
    const marker = await ctx.db
      .selectFrom('customer_markers')
      .select(['id', 'customer_id', 'removed_at'])
      .where('id', '=', input.markerId)
      .executeTakeFirst();
    if (!marker || marker.removed_at)
      throw new ApiFailure('NOT_FOUND', 'That marker has already been removed.');
    if (input.decision === 'keep' && input.nextReviewDate <= londonDateOf(actor.at)) {
      const message = 'The next review must be after today.';
      throw new ApiFailure('VALIDATION', message, { nextReviewDate: message });
    }
    await inTransaction(ctx.db, (tx) =>
      updateLogged(
        tx,
        actor,
        'customer_markers',
        marker.id,
        input.decision === 'keep'
          ? { review_date: input.nextReviewDate }
          : { removed_at: actor.at.toISOString() },
      ),
    );
    return customerView(ctx, call, marker.customer_id);
  },

  async 'customers.addMarker'(ctx, input, call) {
    const actor = call.actor();
    const customer = await ctx.db
      .selectFrom('customers')
      .select('id')
      .where('id', '=', input.customerId)
      .executeTakeFirst();
    if (!customer) throw new ApiFailure('NOT_FOUND', 'That customer record does not exist.');
    await inTransaction(ctx.db, (tx) =>
      insertLogged(tx, actor, 'customer_markers', {
        id: newId(),
        customer_id: customer.id,
        kind: input.kind,
        reason: input.reason,
        review_date: input.reviewDate,
        set_by: actor.staffId!,
        set_at: actor.at.toISOString(),
        removed_at: null,
      }),
    );
    return customerView(ctx, call, customer.id);
  },
};

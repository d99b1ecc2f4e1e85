// The single view's timeline (NeSDS standard 23): one list across every channel and service,
// newest first, each entry saying whether it is still open and when it is due.
import type { TimelineEntry } from '../../../shared/api';
import { CHANNEL_LABELS, type Channel } from '../../../shared/domain/channels';
import { OUTCOME_LABELS, type Outcome } from '../../../shared/domain/outcomes';
import { VISIT_STATE_LABELS } from '../../../shared/domain/visits';
import { replyWithinStandard } from '../../../shared/metrics/correspondence';
import { londonDateOf } from '../../../shared/time/london';
import { COMPLAINT_STAGE_LABELS, FEEDBACK_KIND_LABELS } from '../../../shared/domain/feedback';
import { HAND_OFF_STATUS_LABELS } from '../../../shared/domain/hand-offs';
import { OFFER_RESPONSE_LABELS } from '../../../shared/api/offers';
import { offersOfContacts } from '../../../db/queries/contacts/contact-offers';
import {
  contactsOfCustomer,
  lettersOfCustomer,
  visitsOfCustomer,
} from '../../../db/queries/customers/timeline';
import { feedbackViews } from '../../../db/reports/feedback-views';
import { handOffViews } from '../hand-offs/views';
import type { ApiContext } from '../context';
import type { Session } from '../sessions';

const SEQUENCE: TimelineEntry['kind'][] = [
  'visit',
  'correspondence',
  'contact',
  'hand_off',
  'feedback',
];

export async function timeline(
  ctx: ApiContext,
  customerId: string,
  seenBy: Session,
): Promise<TimelineEntry[]> {
  const now = ctx.clock.now();
  const [contacts, visits, items, handOffs, feedback] = await Promise.all([
    contactsOfCustomer(ctx.db, customerId),
    visitsOfCustomer(ctx.db, customerId),
    lettersOfCustomer(ctx.db, customerId),
    handOffViews(ctx.db, now, { customerId }),
    // A complaint about a named member of staff only for leaders (shared/api/access-rules.ts).
    feedbackViews(ctx.db, now, seenBy, { customerId }),
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
          : `Answered ${londonDateOf(c.responded_at!)}${replyWithinStandard(londonDateOf(c.responded_at!), c.due_date) ? ', on time' : ', late'}`,
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

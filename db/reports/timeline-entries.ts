// The single view's timeline entries (NeSDS standard 23), made from the rows the timeline reads:
// written once, so a customer's history reads the same from the desk's own copy and from the
// council server's records (issue 21: a joined desk reads older history from the server).
// Pure: no queries here.
import type { FeedbackView, HandOffView, TimelineEntry } from '../../shared/api';
import { OFFER_RESPONSE_LABELS, type OfferResponse } from '../../shared/api/offers';
import { CHANNEL_LABELS, type Channel } from '../../shared/domain/channels';
import { COMPLAINT_STAGE_LABELS, FEEDBACK_KIND_LABELS } from '../../shared/domain/feedback';
import { HAND_OFF_STATUS_LABELS } from '../../shared/domain/hand-offs';
import { OUTCOME_LABELS, type Outcome } from '../../shared/domain/outcomes';
import { VISIT_STATE_LABELS } from '../../shared/domain/visits';
import { replyWithinStandard } from '../../shared/metrics/correspondence';
import { londonDateOf } from '../../shared/time/london';
import type {
  contactsOfCustomer,
  lettersOfCustomer,
  visitsOfCustomer,
} from '../queries/customers/timeline';

type Rows<F extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>;
export type ContactRow = Rows<typeof contactsOfCustomer>[number];
export type VisitRow = Rows<typeof visitsOfCustomer>[number];
export type LetterRow = Rows<typeof lettersOfCustomer>[number];

/** The offers made during a contact, by contact id (db/queries/contacts/contact-offers.ts). */
export type OffersByContact = ReadonlyMap<string, { offer: string; response: OfferResponse }[]>;

export interface TimelineRows {
  contacts: ContactRow[];
  offers: OffersByContact;
  visits: VisitRow[];
  letters: LetterRow[];
  handOffs: HandOffView[];
  feedback: FeedbackView[];
}

const SEQUENCE: TimelineEntry['kind'][] = [
  'visit',
  'correspondence',
  'contact',
  'hand_off',
  'feedback',
];

function contactEntry(c: ContactRow, offers: OffersByContact): TimelineEntry {
  const offered = offers.get(c.id) ?? [];
  return {
    kind: 'contact',
    id: c.id,
    at: c.started_at,
    title: `${CHANNEL_LABELS[c.channel as Channel]}: ${c.service}`,
    detail: [
      c.notes,
      offered.length
        ? `Offered: ${offered
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
      voided: { at: c.voided_at, byName: c.voided_by_name ?? '', reason: c.void_reason ?? '' },
    }),
  };
}

function visitEntry(v: VisitRow): TimelineEntry {
  return {
    kind: 'visit',
    id: v.id,
    at: v.arrived_at,
    title: `Visit to ${v.site}: ${v.service}`,
    detail: `Ticket ${v.ticket}`,
    open: ['waiting', 'called', 'in_service', 'on_hold'].includes(v.state),
    status: VISIT_STATE_LABELS[v.state],
    dueDate: null,
  };
}

function letterEntry(c: LetterRow): TimelineEntry {
  return {
    kind: 'correspondence',
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
  };
}

function handOffEntry(h: HandOffView): TimelineEntry {
  return {
    kind: 'hand_off',
    id: h.id,
    at: h.createdAt,
    title: `${h.reference}: ${h.subject} (${h.departmentName})`,
    detail: h.escalation ?? h.details,
    open: h.status === 'open' || h.status === 'accepted',
    status: `${HAND_OFF_STATUS_LABELS[h.status]}${h.statusNote ? `: ${h.statusNote}` : ''}`,
    dueDate: h.dueDate,
  };
}

function feedbackEntry(f: FeedbackView): TimelineEntry {
  const stage = f.stages.at(-1);
  return {
    kind: 'feedback',
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
}

/** Newest first; at the same moment, what followed from a contact (its hand-off) is newer. */
export function newestFirst(entries: TimelineEntry[]): TimelineEntry[] {
  return entries.sort(
    (a, b) => b.at.localeCompare(a.at) || SEQUENCE.indexOf(b.kind) - SEQUENCE.indexOf(a.kind),
  );
}

/** One timeline across every channel and service, newest first. */
export function timelineEntries(rows: TimelineRows): TimelineEntry[] {
  return newestFirst([
    ...rows.contacts.map((c) => contactEntry(c, rows.offers)),
    ...rows.visits.map(visitEntry),
    ...rows.letters.map(letterEntry),
    ...rows.handOffs.map(handOffEntry),
    ...rows.feedback.map(feedbackEntry),
  ]);
}

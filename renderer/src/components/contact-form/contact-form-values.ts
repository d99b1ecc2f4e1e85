import type { ApiError, ContactFields, ContactRecord } from '../../../../shared/api';
import type { Channel } from '../../../../shared/domain/channels';
import type { IdentityCheck } from '../../../../shared/domain/identity';
import type { Direction, Outcome } from '../../../../shared/domain/outcomes';
import { londonInstant, londonTimeOf } from '../../../../shared/time/london';
import type { FieldProblem } from '../ErrorSummary';

/** What the contact form holds: times as London `HH:mm` on the contact's day. */
export interface ContactFormValues {
  channel: Channel | '';
  direction: Direction;
  serviceId: string;
  interactionTypeId: string;
  customerTypeId: string;
  outcome: Outcome | '';
  departmentId: string;
  partnerName: string;
  notes: string;
  startTime: string;
  endTime: string;
  identityCheck: IdentityCheck;
  /** Seconds the caller queued before answer, as typed; blank when not known. */
  answerSeconds: string;
  transferred: boolean;
  transferReason: string;
}

export function blankValues(now: Date): ContactFormValues {
  return {
    channel: '',
    direction: 'inbound',
    serviceId: '',
    interactionTypeId: '',
    customerTypeId: '',
    outcome: '',
    departmentId: '',
    partnerName: '',
    notes: '',
    startTime: londonTimeOf(now),
    endTime: '',
    identityCheck: 'not_needed',
    answerSeconds: '',
    transferred: false,
    transferReason: '',
  };
}

export function valuesOf(contact: ContactRecord): ContactFormValues {
  return {
    channel: contact.channel,
    direction: contact.direction,
    serviceId: contact.serviceId,
    interactionTypeId: contact.interactionTypeId,
    customerTypeId: contact.customerTypeId,
    outcome: contact.outcome,
    departmentId: contact.departmentId ?? '',
    partnerName: contact.partnerName ?? '',
    notes: contact.notes,
    startTime: londonTimeOf(contact.startedAt),
    endTime: londonTimeOf(contact.endedAt),
    identityCheck: contact.identityCheck,
    answerSeconds: contact.answerSeconds === null ? '' : String(contact.answerSeconds),
    transferred: contact.transferred,
    transferReason: contact.transferReason ?? '',
  };
}

/** A time left as it was keeps its seconds; a changed one is read on the contact's day. */
function instantOf(
  date: string,
  time: string,
  original: string | undefined,
  fallback: Date,
): string {
  if (!time) return fallback.toISOString();
  if (original && londonTimeOf(original) === time) return original;
  return londonInstant(date, time).toISOString();
}

/**
 * The API's fields from the form. Empty choices are sent as they are, so the back end's
 * single set of rules gives the message ("Choose the channel the customer used.").
 */
export function fieldsOf(
  values: ContactFormValues,
  date: string,
  now: Date,
  original?: { startedAt: string; endedAt: string },
): ContactFields {
  return {
    channel: values.channel as Channel,
    direction: values.direction,
    serviceId: values.serviceId,
    interactionTypeId: values.interactionTypeId,
    customerTypeId: values.customerTypeId,
    outcome: values.outcome as Outcome,
    departmentId: values.outcome === 'handed_off' ? values.departmentId || null : null,
    partnerName: values.outcome === 'referred_to_partner' ? values.partnerName || null : null,
    notes: values.notes,
    startedAt: instantOf(date, values.startTime, original?.startedAt, now),
    endedAt: instantOf(date, values.endTime, original?.endedAt, now),
    identityCheck: values.identityCheck,
    answerSeconds:
      values.channel === 'telephone' &&
      values.direction === 'inbound' &&
      values.answerSeconds.trim()
        ? Number(values.answerSeconds)
        : null,
    transferred: isInboundCall(values) && values.transferred,
    transferReason:
      isInboundCall(values) && values.transferred ? values.transferReason.trim() || null : null,
  };
}

function isInboundCall(values: ContactFormValues): boolean {
  return values.channel === 'telephone' && values.direction === 'inbound';
}

const FIELD_OF: Record<string, keyof ContactFormValues> = {
  startedAt: 'startTime',
  endedAt: 'endTime',
};

/** Maps the back end's field paths (`endedAt`, `fields.serviceId`) onto the form's fields. */
export function problemsOf(error: ApiError): FieldProblem[] {
  const entries = Object.entries(error.fields ?? {});
  if (entries.length === 0) return [{ field: '', message: error.message }];
  return entries.map(([path, message]) => {
    const key = path.replace(/^fields\./, '');
    return { field: FIELD_OF[key] ?? key, message };
  });
}

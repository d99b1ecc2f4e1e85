import { z } from 'zod';
import { CHANNELS, CHANNEL_LABELS, type Channel } from '../domain/channels';
import { DIRECTIONS, OUTCOMES, type Direction, type Outcome } from '../domain/outcomes';
import type { FcrFigure } from '../metrics/fcr';
import { entityId, instant, NOTES_MAX, personName, text } from './common';
import { method } from './define';
import { IDENTITY_CHECKS, type IdentityCheck } from '../domain/identity';
import { contactOfferSchema, type OfferResponse } from './offers';

const channel = z.enum(CHANNELS, {
  error: (issue) =>
    issue.input === undefined || issue.input === ''
      ? 'Choose the channel the customer used.'
      : `${typeof issue.input === 'string' && /^[\w -]{1,30}$/.test(issue.input) ? `"${issue.input}"` : 'That'} is not a channel. Choose one of: ${Object.values(CHANNEL_LABELS).join(', ')}.`,
});

const outcome = z.enum(OUTCOMES, { error: 'Choose the outcome of the contact.' });

const notes = text('The notes', {
  max: NOTES_MAX,
  multiline: true,
  tooLong: (length) =>
    `Notes can be at most ${NOTES_MAX.toLocaleString('en-GB')} characters; these have ${length}. Shorten them or attach the detail elsewhere.`,
});

/** Fields shared by recording and correcting a contact. */
export const contactFields = z
  .object({
    channel,
    direction: z.enum(DIRECTIONS).default('inbound'),
    serviceId: entityId('the service'),
    interactionTypeId: entityId('the type of enquiry'),
    customerTypeId: entityId('the customer type'),
    outcome,
    departmentId: entityId('the department').nullable().default(null),
    partnerName: personName('The partner’s name', 200).nullable().default(null),
    notes: notes.default(''),
    startedAt: instant('The start time'),
    endedAt: instant('The end time'),
    /** The adviser confirms a start more than the council's set days back (records only). */
    confirmOld: z.boolean({ error: 'Say yes or no to the date being right.' }).default(false),
    /** The One Stop Shop visit the contact came from, when recorded from a desk. */
    visitId: entityId('the visit').nullable().default(null),
    /** The customer, when known; anonymous quick enquiries have none. */
    customerId: entityId('the customer').nullable().default(null),
    /** Proactive offers made during the contact and the customer's answer (NeSDS 4). */
    offers: z.array(contactOfferSchema).max(20).default([]),
    /** How far the customer's identity was checked for this transaction (NeSDS 25). */
    identityCheck: z.enum(IDENTITY_CHECKS).default('not_needed'),
    /** An inbound call: seconds the caller waited in the queue before it was answered. */
    answerSeconds: z
      .number({ error: 'Give the seconds before the call was answered as a number.' })
      .int('Give whole seconds.')
      .min(0, 'The seconds before answer cannot be negative.')
      .max(3600, 'Over an hour before answer: check the figure.')
      .nullable()
      .default(null),
    /** An inbound call passed on to another team or department, and why (issue 8). */
    transferred: z.boolean().default(false),
    transferReason: text('The reason for the transfer', { max: 200, multiline: true })
      .nullable()
      .default(null),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (Date.parse(value.endedAt) < Date.parse(value.startedAt)) {
      ctx.addIssue({
        code: 'custom',
        path: ['endedAt'],
        message: 'The end time is before the start time. Check both times.',
      });
    }
    if (value.outcome === 'handed_off' && !value.departmentId) {
      ctx.addIssue({
        code: 'custom',
        path: ['departmentId'],
        message: 'Choose the department the enquiry was handed off to.',
      });
    }
    if (
      value.answerSeconds !== null &&
      (value.channel !== 'telephone' || value.direction !== 'inbound')
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['answerSeconds'],
        message: 'Only an inbound telephone call has a time before answer.',
      });
    }
    if (value.transferred) {
      if (value.channel !== 'telephone' || value.direction !== 'inbound')
        ctx.addIssue({
          code: 'custom',
          path: ['transferred'],
          message: 'Only an inbound telephone call can be transferred.',
        });
      else if (value.answerSeconds === null)
        // The transfer is kept on the call's record, which is timed from its answer.
        ctx.addIssue({
          code: 'custom',
          path: ['answerSeconds'],
          message: 'Give the seconds before answer too: a transfer is recorded with the call.',
        });
      if (!value.transferReason)
        ctx.addIssue({
          code: 'custom',
          path: ['transferReason'],
          message: 'Say why the call was transferred.',
        });
    }
    if (value.outcome === 'referred_to_partner' && !value.partnerName) {
      ctx.addIssue({
        code: 'custom',
        path: ['partnerName'],
        message: 'Name the partner the customer was referred to.',
      });
    }
  });

export type ContactFields = z.input<typeof contactFields>;

export interface ContactRecord {
  id: string;
  channel: Channel;
  direction: Direction;
  serviceId: string;
  serviceName: string;
  interactionTypeId: string;
  interactionTypeName: string;
  customerTypeId: string;
  customerTypeName: string;
  outcome: Outcome;
  departmentId: string | null;
  departmentName: string | null;
  partnerName: string | null;
  notes: string;
  startedAt: string;
  endedAt: string;
  durationSeconds: number;
  staffId: string;
  staffName: string;
  siteId: string;
  siteName: string;
  recordedAt: string;
  updatedAt: string;
  /** True once the record has been corrected after it was first saved. */
  corrected: boolean;
  visitId: string | null;
  customerId: string | null;
  offers: { ruleId: string; offer: string; response: OfferResponse }[];
  identityCheck: IdentityCheck;
  /** Seconds the caller queued before being answered, when known. */
  answerSeconds: number | null;
  /** Whether the call was transferred, and why. */
  transferred: boolean;
  transferReason: string | null;
  /** Set once the contact is voided: kept and shown struck through, out of every figure. */
  voided: ContactVoid | null;
}

/** Who voided a contact recorded in error, when and why (issue 19). */
export interface ContactVoid {
  at: string;
  byName: string;
  reason: string;
}

/** Voiding a contact asks why: a team leader reading its history must understand. */
export const VOID_REASON = { min: 5, max: 500 };
const voidReason = text('The reason', {
  max: VOID_REASON.max,
  min: VOID_REASON.min,
  multiline: true,
  required: `Say why the contact is void, in at least ${VOID_REASON.min} characters (for example, “Recorded twice”).`,
});

export interface MyContactsToday {
  /** The London calendar day, `YYYY-MM-DD`. */
  date: string;
  contacts: ContactRecord[];
  fcr: FcrFigure;
}

export interface ChangeLogEntry {
  id: string;
  at: string;
  staffName: string | null;
  action: 'create' | 'update' | 'delete';
  changes: { field: string; before: unknown; after: unknown }[];
}

export const contactsContract = {
  'contacts.record': method<ContactRecord>()(contactFields),
  /** An anonymous enquiry resolved at first contact, in a handful of keystrokes. */
  'contacts.quickLog': method<ContactRecord>()(
    z
      .object({
        channel,
        serviceId: entityId('the service'),
        interactionTypeId: entityId('the type of enquiry').optional(),
        startedAt: instant('The start time').optional(),
      })
      .strict(),
  ),
  'contacts.mineToday': method<MyContactsToday>()(z.object({}).strict()),
  /** Correct a contact on the day it was recorded; the change goes in the change log. */
  'contacts.correct': method<ContactRecord>()(
    z.object({ id: entityId('the contact'), fields: contactFields }).strict(),
  ),
  /** A contact recorded in error: kept and marked void (who, when, why), out of every figure. */
  'contacts.void': method<ContactRecord>()(
    z.object({ id: entityId('the contact'), reason: voidReason }).strict(),
  ),
  'contacts.history': method<ChangeLogEntry[]>()(
    z.object({ id: entityId('the contact') }).strict(),
  ),
};

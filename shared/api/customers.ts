import { z } from 'zod';
import { isValid as isValidPostcode, toNormalised } from 'postcode';
import { CHANNELS } from '../domain/channels';
import { customerNeedsSchema, type CustomerNeeds } from '../domain/needs';
import { dateOfBirth, entityId, isoDate, personName, text } from './common';
import { method } from './define';
import type { ContactVoid } from './contacts';

/** A UK postcode, checked and written the standard way ("wa87qa" -> "WA8 7QA"). */
export const ukPostcode = text('The postcode', { max: 12 })
  .refine(
    (v) => v === '' || isValidPostcode(v),
    'That is not a UK postcode. Check it, e.g. WA8 7QA.',
  )
  .transform((v) => (v === '' ? null : toNormalised(v)));

export const customerDetailsSchema = z
  .object({
    kind: z.enum(['citizen', 'business', 'community_group']).default('citizen'),
    title: personName('The title', 20).nullable().default(null),
    firstName: personName('The first name', 60).nullable().default(null),
    lastName: personName('The last name', 60).nullable().default(null),
    organisationName: personName('The organisation’s name', 120).nullable().default(null),
    addressLine1: text('The first line of the address', { max: 120 }).nullable().default(null),
    addressLine2: text('The second line of the address', { max: 120 }).nullable().default(null),
    town: text('The town', { max: 60 }).nullable().default(null),
    postcode: ukPostcode.nullable().default(null),
    phone: text('The phone number', { max: 30 }).nullable().default(null),
    email: z.email({ error: 'That is not an email address.' }).max(254).nullable().default(null),
    dateOfBirth: dateOfBirth().nullable().default(null),
    preferredChannel: z
      .enum(CHANNELS, { error: 'Choose the preferred channel from the list.' })
      .nullable()
      .default(null),
    preferredLanguage: text('The preferred language', { max: 60 }).nullable().default(null),
    contactConsent: z.boolean().default(false),
    needs: customerNeedsSchema.optional(),
  })
  .strict()
  .refine((c) => Boolean(c.kind === 'citizen' ? c.lastName : c.organisationName), {
    path: ['lastName'],
    message: 'Enter the customer’s last name (or the organisation’s name).',
  });

export type CustomerDetails = z.output<typeof customerDetailsSchema>;

export interface MarkerView {
  id: string;
  kind: string;
  reason: string;
  reviewDate: string;
  setByName: string;
  setAt: string;
}

export interface TimelineEntry {
  kind: 'contact' | 'visit' | 'correspondence' | 'hand_off' | 'feedback';
  id: string;
  at: string;
  title: string;
  detail: string;
  /** Open items have a clock; closed ones a result. */
  open: boolean;
  status: string;
  dueDate: string | null;
  /** A contact voided as recorded in error: listed, struck through, with why. */
  voided?: ContactVoid;
  /**
   * Read from the council server, not this desk's copy: history older than the desk keeps
   * (issue 21's offline profile), so the screen says where it came from.
   */
  fromServer?: true;
}

/**
 * Whether a joined desk's timeline includes the history it no longer holds: `included` (the
 * council server answered; `before` is where the desk's own copy starts, `more` that the server
 * holds older entries still), `unreachable` (offline: shown when back online) or `not joined` (a
 * single desk holds everything).
 */
export interface OlderHistory {
  status: 'included' | 'unreachable' | 'not joined';
  before?: string;
  /** How many of the timeline's entries came from the council server. */
  count?: number;
  more?: boolean;
}

export interface DuplicatePair {
  a: DuplicateSide;
  b: DuplicateSide;
  /** Exactly what matched, e.g. "same first and last name (nickname) and same date of
   * birth", "same phone" (shared/domain/duplicate-reasons.ts). */
  reasons: string[];
}

/** One run of the duplicate check (reports worker): when, over how many records, how long. */
export interface DuplicateCheckSummary {
  /** When the check was asked for: the register as it stood then. */
  checkedAt: string;
  customers: number;
  pairs: number;
  tookMs: number;
}

/** A page of the stored pairs, read without waiting for any check. */
export interface DuplicatesPage {
  /** null until the first check after start-up has finished. */
  checkedAt: string | null;
  /** A check is under way now. */
  checking: boolean;
  /** Pairs still to look at (records merged or anonymised since the check left out). */
  total: number;
  offset: number;
  pairs: DuplicatePair[];
}

export interface DuplicateSide {
  id: string;
  displayName: string;
  postcode: string | null;
  dateOfBirth: string | null;
  phone: string | null;
  email: string | null;
  createdAt: string;
  /** Contacts, visits, correspondence, hand-offs and complaints linked to the record. */
  linkedRecords: number;
}

export interface MergeResult {
  keptId: string;
  /** Linked records moved to the kept record, by kind. */
  moved: Record<string, number>;
}

export interface CustomerView {
  id: string;
  displayName: string;
  details: Omit<CustomerDetails, 'needs'>;
  needs: CustomerNeeds;
  markers: MarkerView[];
  openItems: TimelineEntry[];
  timeline: TimelineEntry[];
  olderHistory?: OlderHistory;
}

export const customersContract = {
  /** The single view; each warning marker shown is logged as viewed (DWP SLA markers). */
  'customers.view': method<CustomerView>()(z.object({ id: entityId('the customer') }).strict()),
  'customers.update': method<CustomerView>()(
    z.object({ id: entityId('the customer'), details: customerDetailsSchema }).strict(),
  ),
  /**
   * A change of address entered once: the record is updated and a hand-off goes to the
   * department of every service the customer has used, so nobody asks them again.
   */
  'customers.changeAddress': method<{ view: CustomerView; handOffs: string[] }>()(
    z
      .object({
        customerId: entityId('the customer'),
        addressLine1: text('The first line of the address', {
          max: 120,
          required: 'Enter the first line of the new address.',
        }),
        addressLine2: text('The second line of the address', { max: 120 }).nullable().default(null),
        town: text('The town', { max: 60, required: 'Enter the town.' }),
        postcode: ukPostcode.refine((v) => v !== null, 'Enter the new postcode.'),
        movedOn: isoDate('The date the customer moved'),
      })
      .strict(),
  ),
  /** Pairs of records that look like one person, for a team leader to check and merge: a
   * page of those the last check stored (it never runs the check itself). */
  'customers.duplicates': method<DuplicatesPage>()(
    z
      .object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(200).default(20),
      })
      .strict(),
    'session',
    ['team_leader', 'administrator'],
  ),
  /** Runs the duplicate check now (in the reports worker) and answers when it is stored. */
  'customers.checkDuplicates': method<DuplicateCheckSummary>()(z.object({}).strict(), 'session', [
    'team_leader',
    'administrator',
  ]),
  /** Merge `mergeId` into `keepId`: every linked record follows; the merge is logged. */
  'customers.merge': method<MergeResult>()(
    z
      .object({ keepId: entityId('the record to keep'), mergeId: entityId('the record to merge') })
      .strict()
      .refine((v) => v.keepId !== v.mergeId, {
        path: ['mergeId'],
        message: 'Choose two different records.',
      }),
    'session',
    ['team_leader', 'administrator'],
  ),
  /** A marker at its review: kept with the next review date, or removed. Both are logged. */
  'customers.reviewMarker': method<CustomerView>()(
    z.discriminatedUnion('decision', [
      z
        .object({
          markerId: entityId('the marker'),
          decision: z.literal('keep'),
          nextReviewDate: isoDate('The date of the next review'),
        })
        .strict(),
      z.object({ markerId: entityId('the marker'), decision: z.literal('remove') }).strict(),
    ]),
    'session',
    ['team_leader', 'administrator'],
  ),
  'customers.addMarker': method<CustomerView>()(
    z
      .object({
        customerId: entityId('the customer'),
        kind: text('The kind of marker', {
          max: 80,
          min: 3,
          required: 'Say what kind of marker it is, e.g. "Potentially violent person".',
        }),
        reason: text('The reason for the marker', {
          max: 500,
          multiline: true,
          min: 3,
          required: 'Give the reason for the marker.',
        }),
        reviewDate: isoDate('The date the marker must be reviewed by'),
      })
      .strict(),
    'session',
    ['team_leader', 'administrator'],
  ),
};

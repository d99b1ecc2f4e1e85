import { z } from 'zod';
import { isValid as isValidPostcode, toNormalised } from 'postcode';
import { CHANNELS } from '../domain/channels';
import { customerNeedsSchema, type CustomerNeeds } from '../domain/needs';
import { entityId } from './common';
import { method } from './define';

/** A UK postcode, checked and written the standard way ("wa87qa" -> "WA8 7QA"). */
export const ukPostcode = z
  .string()
  .trim()
  .refine(
    (v) => v === '' || isValidPostcode(v),
    'That is not a UK postcode. Check it, e.g. WA8 7QA.',
  )
  .transform((v) => (v === '' ? null : toNormalised(v)));

export const customerDetailsSchema = z
  .object({
    kind: z.enum(['citizen', 'business', 'community_group']).default('citizen'),
    title: z.string().trim().max(20).nullable().default(null),
    firstName: z.string().trim().max(60).nullable().default(null),
    lastName: z.string().trim().max(60).nullable().default(null),
    organisationName: z.string().trim().max(120).nullable().default(null),
    addressLine1: z.string().trim().max(120).nullable().default(null),
    addressLine2: z.string().trim().max(120).nullable().default(null),
    town: z.string().trim().max(60).nullable().default(null),
    postcode: ukPostcode.nullable().default(null),
    phone: z.string().trim().max(30).nullable().default(null),
    email: z.email({ error: 'That is not an email address.' }).nullable().default(null),
    dateOfBirth: z.iso
      .date({ error: 'Write the date of birth as a date.' })
      .nullable()
      .default(null),
    preferredChannel: z.enum(CHANNELS).nullable().default(null),
    preferredLanguage: z.string().trim().max(60).nullable().default(null),
    contactConsent: z.boolean().default(false),
    needs: customerNeedsSchema.optional(),
  })
  .strict()
  .refine((c) => (c.kind === 'citizen' ? c.lastName : c.organisationName), {
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
}

export interface DuplicatePair {
  a: DuplicateSide;
  b: DuplicateSide;
  /** Why they look like one person: "same name and postcode", "same date of birth". */
  reasons: string[];
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
        addressLine1: z.string().trim().min(1, 'Enter the first line of the new address.').max(120),
        addressLine2: z.string().trim().max(120).nullable().default(null),
        town: z.string().trim().min(1, 'Enter the town.').max(60),
        postcode: ukPostcode.refine((v) => v !== null, 'Enter the new postcode.'),
        movedOn: z.iso.date({ error: 'Give the date the customer moved.' }),
      })
      .strict(),
  ),
  /** Pairs of records that look like one person, for a team leader to check and merge. */
  'customers.duplicates': method<DuplicatePair[]>()(
    z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict(),
    'session',
    ['team_leader', 'administrator'],
  ),
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
          nextReviewDate: z.iso.date({ error: 'Give the date of the next review.' }),
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
        kind: z
          .string()
          .trim()
          .min(3, 'Say what kind of marker it is, e.g. "Potentially violent person".')
          .max(80),
        reason: z.string().trim().min(3, 'Give the reason for the marker.').max(500),
        reviewDate: z.iso.date({ error: 'Give the date the marker must be reviewed by.' }),
      })
      .strict(),
    'session',
    ['team_leader', 'administrator'],
  ),
};

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
  kind: 'contact' | 'visit' | 'correspondence';
  id: string;
  at: string;
  title: string;
  detail: string;
  /** Open items have a clock; closed ones a result. */
  open: boolean;
  status: string;
  dueDate: string | null;
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

// Reference data administration (issue 18, item 3), for administrators: the council's sites,
// services, departments, enquiry types and teams are added, renamed, retired and reinstated
// here. Nothing is ever deleted: a retired item stays on the records that used it (its name
// still shows on old contacts and letters) and only leaves the pick-lists. Every write
// answers with the whole list again, so the screen shows exactly what is stored.
import { z } from 'zod';
import { openingHoursSchema } from '../time/opening-hours';
import { emptyInput, entityId, text } from './common';
import { method } from './define';
import { SITE_KINDS } from './setup';

export const REFERENCE_KINDS = [
  'site',
  'service',
  'department',
  'interactionType',
  'team',
] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** Each kind in the council's words, for messages and headings. */
export const REFERENCE_KIND_WORDS: Record<ReferenceKind, { one: string; many: string }> = {
  site: { one: 'site', many: 'Sites' },
  service: { one: 'service', many: 'Services' },
  department: { one: 'department', many: 'Departments' },
  interactionType: { one: 'enquiry type', many: 'Enquiry types' },
  team: { one: 'team', many: 'Teams' },
};

export const NAME_MAX = 80;

interface AdminItem {
  id: string;
  name: string;
  /** false once retired: kept on old records, gone from the pick-lists. */
  active: boolean;
}

export interface SiteAdminItem extends AdminItem {
  kind: (typeof SITE_KINDS)[number];
  /** The letter(s) before the queue's ticket numbers, e.g. `B` for B001. */
  ticketPrefix: string;
  /** Open accounts whose usual site this is. */
  staffCount: number;
}

export interface ServiceAdminItem extends AdminItem {
  departmentId: string;
  departmentName: string;
}

export interface DepartmentAdminItem extends AdminItem {
  contactName: string | null;
  contactEmail: string | null;
  escalationContact: string | null;
  /** Services in use that this department runs. */
  activeServiceCount: number;
}

export interface InteractionTypeAdminItem extends AdminItem {
  /** One of the eight national BVPI 157 types, whose names are fixed. */
  bvpi157: boolean;
}

export interface TeamAdminItem extends AdminItem {
  /** Open accounts in this team. */
  staffCount: number;
}

export interface ReferenceAdminData {
  sites: SiteAdminItem[];
  services: ServiceAdminItem[];
  departments: DepartmentAdminItem[];
  interactionTypes: InteractionTypeAdminItem[];
  teams: TeamAdminItem[];
}

const nameOf = (label: string) =>
  text(label, { max: NAME_MAX, required: `Enter the ${label.replace(/^The /, '')}.` });
const kind = z.enum(REFERENCE_KINDS, { error: 'Choose which list to change.' });
const itemId = entityId('the item');
const optionalLine = (label: string) => text(label, { max: 120 }).optional();

export const ticketPrefix = z
  .string({ error: 'Enter the ticket letters.' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{1,3}$/, 'Use one to three letters (A to Z) for the ticket letters, e.g. E.');

/** Who answers for a department (NeSDS standard 22): a blank field is stored as none; one
 * left out of a change stays as it was. */
const departmentContacts = {
  contactName: optionalLine('The named contact'),
  contactEmail: z
    .union([
      z.literal(''),
      z.email({ error: 'The contact email is not an email address.' }).max(254, {
        error: 'The contact email can be at most 254 characters.',
      }),
    ])
    .optional(),
  escalationContact: optionalLine('The escalation contact'),
};

const addInput = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('site'),
        name: nameOf('The site name'),
        siteKind: z.enum(SITE_KINDS, {
          error: 'Choose whether the site is a One Stop Shop or a contact centre.',
        }),
        ticketPrefix,
        /** Left out: the usual council week for the kind of site. */
        hours: openingHoursSchema.optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('service'),
        name: nameOf('The service name'),
        departmentId: entityId('the department that runs it'),
      })
      .strict(),
    z
      .object({ kind: z.literal('department'), name: nameOf('The department name') })
      .extend(departmentContacts)
      .strict(),
    z.object({ kind: z.literal('interactionType'), name: nameOf('The enquiry type') }).strict(),
    z.object({ kind: z.literal('team'), name: nameOf('The team name') }).strict(),
  ],
  { error: 'Choose which list to add to.' },
);

const ADMINISTRATORS = ['administrator'] as const;

export const referenceAdminContract = {
  /** Every item of every list, retired ones too. */
  'reference.all': method<ReferenceAdminData>()(emptyInput, 'session', ADMINISTRATORS),
  'reference.add': method<ReferenceAdminData>()(addInput, 'session', ADMINISTRATORS),
  'reference.rename': method<ReferenceAdminData>()(
    z.object({ kind, id: itemId, name: nameOf('The new name') }).strict(),
    'session',
    ADMINISTRATORS,
  ),
  /** Who a department's work goes to and who it is escalated to (NeSDS standard 22). */
  'reference.updateDepartment': method<ReferenceAdminData>()(
    z
      .object({ id: entityId('the department') })
      .extend(departmentContacts)
      .strict(),
    'session',
    ADMINISTRATORS,
  ),
  /** Out of the pick-lists; kept on every record that used it. */
  'reference.retire': method<ReferenceAdminData>()(
    z.object({ kind, id: itemId }).strict(),
    'session',
    ADMINISTRATORS,
  ),
  /** Back in the pick-lists, for an item retired by mistake or needed again. */
  'reference.reinstate': method<ReferenceAdminData>()(
    z.object({ kind, id: itemId }).strict(),
    'session',
    ADMINISTRATORS,
  ),
};

// The lists every council starts from, and edits later under Council lists: the services a
// district or unitary council runs with their departments, the BVPI 157 interaction types
// plus the council's own, and customer types (NeSDS standard 23 and the Jobcentre Plus SLA).
import { DEFAULT_OPENING_HOURS } from '../../../shared/time';
import {
  insertCustomerType,
  insertDepartment,
  insertInteractionType,
  insertService,
  insertSite,
} from '../../../db/queries/reference-admin/list-changes';
import { newId, type Actor, type Tx } from '../../../db/write';

/** Department: named contact and escalation point (NeSDS standard 22). */
const DEPARTMENTS: Record<string, [contact: string, escalation: string]> = {
  Revenues: ['Revenues duty officer', 'Revenues Manager'],
  Benefits: ['Benefits duty assessor', 'Benefits Manager'],
  'Waste and Street Scene': ['Waste services co-ordinator', 'Street Scene Manager'],
  'Housing Options': ['Housing options duty officer', 'Housing Options Manager'],
  'Planning and Building Control': ['Duty planner', 'Development Manager'],
  'Environmental Health and Licensing': [
    'Duty environmental health officer',
    'Head of Regulatory Services',
  ],
  'Highways and Parking': ['Highways inspector on duty', 'Highways Manager'],
  'Electoral Services': ['Electoral services officer', 'Electoral Services Manager'],
  'Adult Social Care': ['Adult social care first contact team', 'Head of Adult Social Care'],
  "Children's Services and Education": [
    'Children’s first response team',
    'Head of Children’s Services',
  ],
  Registrars: ['Duty registrar', 'Superintendent Registrar'],
  'Leisure, Parks and Libraries': ['Leisure services officer', 'Leisure Manager'],
  'Customer Services': ['Customer services team leader', 'Customer Services Manager'],
};

const SERVICES: [service: string, department: string][] = [
  ['Council Tax', 'Revenues'],
  ['Business Rates', 'Revenues'],
  ['Housing Benefit and Council Tax Reduction', 'Benefits'],
  ['Free School Meals and Uniform Grants', 'Benefits'],
  ['Bins, Waste and Recycling', 'Waste and Street Scene'],
  ['Street Cleaning and Fly-tipping', 'Waste and Street Scene'],
  ['Housing and Homelessness', 'Housing Options'],
  ['Planning and Building Control', 'Planning and Building Control'],
  ['Environmental Health and Pest Control', 'Environmental Health and Licensing'],
  ['Licensing', 'Environmental Health and Licensing'],
  ['Parking and Blue Badges', 'Highways and Parking'],
  ['Roads, Pavements and Street Lighting', 'Highways and Parking'],
  ['Electoral Registration', 'Electoral Services'],
  ['Adult Social Care', 'Adult Social Care'],
  ['School Admissions', "Children's Services and Education"],
  ['Births, Deaths and Marriages', 'Registrars'],
  ['Parks, Leisure and Libraries', 'Leisure, Parks and Libraries'],
  ['Complaints, Comments and Compliments', 'Customer Services'],
  ['General Enquiries', 'Customer Services'],
];

// BVPI 157 interaction types, then the council's own.
const INTERACTION_TYPES: [name: string, bvpi157: boolean][] = [
  ['Providing information', true],
  ['Collecting revenue', true],
  ['Providing benefits and grants', true],
  ['Consultation comment', true],
  ['Applying for a service or licence', true],
  ['Booking a venue, resource or course', true],
  ['Scheduling an appointment or meeting', true],
  ['Making a complaint', true],
  ['Reporting a problem', false],
  ['Change of circumstances', false],
];

const CUSTOMER_TYPES: [code: string, name: string][] = [
  ['citizen', 'Citizen'],
  ['business', 'Business'],
  ['community_group', 'Community group'],
  ['partner_agency', 'Partner agency'],
  ['elected_member', 'Elected member or MP'],
  ['anonymous', 'Anonymous'],
];

/** The lists every council starts from (departments, services, enquiry and customer types).
 * @returns the services' ids by name. */
export async function seedReferenceLists(tx: Tx, actor: Actor): Promise<Map<string, string>> {
  const departmentIds = new Map<string, string>();
  for (const [name, [contact, escalation]] of Object.entries(DEPARTMENTS)) {
    const id = newId();
    departmentIds.set(name, id);
    await insertDepartment(tx, actor, {
      id,
      name,
      contactName: contact,
      contactEmail: null,
      escalationContact: escalation,
    });
  }
  const serviceIds = new Map<string, string>();
  for (const [i, [name, department]] of SERVICES.entries()) {
    const id = newId();
    serviceIds.set(name, id);
    await insertService(tx, actor, {
      id,
      name,
      departmentId: departmentIds.get(department)!,
      sortOrder: i,
    });
  }
  for (const [i, [name, bvpi157]] of INTERACTION_TYPES.entries())
    await insertInteractionType(tx, actor, { id: newId(), name, bvpi157, sortOrder: i });
  for (const [i, [code, name]] of CUSTOMER_TYPES.entries())
    await insertCustomerType(tx, actor, {
      id: newId(),
      code,
      name,
      isAnonymous: code === 'anonymous',
      sortOrder: i,
    });
  return serviceIds;
}

/** A site with the usual opening hours for its kind. @returns its id. */
export async function addSite(
  tx: Tx,
  actor: Actor,
  site: { name: string; kind: 'contact_centre' | 'one_stop_shop'; prefix: string },
  order: number,
): Promise<string> {
  const id = newId();
  await insertSite(tx, actor, {
    id,
    name: site.name,
    kind: site.kind,
    ticketPrefix: site.prefix,
    hours: DEFAULT_OPENING_HOURS[site.kind],
    sortOrder: order,
  });
  return id;
}

// What a new data folder starts with. A council's own first run (createCouncil) makes its
// first site and administrator, with the lists any council starts from and edits later: the
// services a district or unitary council runs with their departments, the BVPI 157
// interaction types plus the council's own, and customer types (NeSDS standard 23 and the
// Jobcentre Plus SLA). Nothing else can sign in. The demo council (seedDemoCouncil), only
// when asked for (`--demo`, COUNCIL_CONTACT_DEMO=1, or "try it with demo data"), adds a
// contact centre, three One Stop Shops, proactive offers and demo staff for each role with
// a published password: DEMO ONLY, never for real use.
import type { Role } from '../../../shared/domain/staff';
import { DEFAULT_OPENING_HOURS, DEFAULT_STANDARDS } from '../../../shared/time';
import { londonDateOf } from '../../../shared/time/london';
import { countStaff } from '../../../db/queries/staff/staff';
import {
  inTransaction,
  insertLogged,
  newId,
  putSetting,
  type Actor,
  type Db,
  type Tx,
} from '../../../db/write';
import { hashPassword } from '../auth/password';

export const DEMO_PASSWORD = 'demo1234';

export const DEMO_ACCOUNTS: {
  username: string;
  displayName: string;
  role: Role;
  site: string;
  team: string;
  password: string;
}[] = [
  {
    username: 'adviser',
    displayName: 'Amina Khan',
    role: 'adviser',
    site: 'Town Hall One Stop Shop',
    team: 'One Stop Shops',
    password: DEMO_PASSWORD,
  },
  {
    username: 'adviser2',
    displayName: 'Ben Hughes',
    role: 'adviser',
    site: 'Contact Centre',
    team: 'Contact Centre',
    password: DEMO_PASSWORD,
  },
  {
    username: 'teamleader',
    displayName: 'Carys Jones',
    role: 'team_leader',
    site: 'Contact Centre',
    team: 'Contact Centre',
    password: DEMO_PASSWORD,
  },
  {
    username: 'admin',
    displayName: 'Dev Patel',
    role: 'administrator',
    site: 'Town Hall One Stop Shop',
    team: 'Customer Services',
    password: DEMO_PASSWORD,
  },
];

const SITES = [
  { name: 'Contact Centre', kind: 'contact_centre', prefix: 'C' },
  { name: 'Town Hall One Stop Shop', kind: 'one_stop_shop', prefix: 'A' },
  { name: 'Market Street One Stop Shop', kind: 'one_stop_shop', prefix: 'B' },
  { name: 'Riverside One Stop Shop', kind: 'one_stop_shop', prefix: 'D' },
] as const;

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

/** Proactive offers (NeSDS standard 4): the brief's own example, and one for a move. */
const OFFER_RULES: Record<string, string[]> = {
  'Housing Benefit and Council Tax Reduction': [
    'Council Tax Reduction',
    'Free school meals',
    'School uniform grant',
  ],
  'Electoral Registration': ['Check the Council Tax account is at the new address'],
};

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

/** Ships the default service standards into a database that has none (any council, demo or not). */
export async function ensureDefaultStandards(db: Db, at: Date): Promise<void> {
  const existing = await db
    .selectFrom('service_standards')
    .select('id')
    .limit(1)
    .executeTakeFirst();
  if (existing) return;
  const actor: Actor = { staffId: null, siteId: null, at };
  await inTransaction(db, async (tx) => {
    for (const [i, s] of DEFAULT_STANDARDS.entries()) {
      await insertLogged(tx, actor, 'service_standards', {
        id: newId(),
        name: s.name,
        subject: s.subject,
        unit: s.unit,
        measure: s.measure,
        thresholds: JSON.stringify(s.thresholds),
        source: s.source,
        active: 1,
        sort_order: i,
      });
    }
  });
}

/** The lists every council starts from (departments, services, enquiry and customer types). */
async function seedReferenceLists(tx: Tx, actor: Actor): Promise<Map<string, string>> {
  const departmentIds = new Map<string, string>();
  for (const [name, [contact, escalation]] of Object.entries(DEPARTMENTS)) {
    const id = newId();
    departmentIds.set(name, id);
    await insertLogged(tx, actor, 'departments', {
      id,
      name,
      contact_name: contact,
      contact_email: null,
      escalation_contact: escalation,
    });
  }
  const serviceIds = new Map<string, string>();
  for (const [i, [name, department]] of SERVICES.entries()) {
    const id = newId();
    serviceIds.set(name, id);
    await insertLogged(tx, actor, 'services', {
      id,
      name,
      department_id: departmentIds.get(department)!,
      sort_order: i,
    });
  }
  for (const [i, [name, bvpi157]] of INTERACTION_TYPES.entries()) {
    await insertLogged(tx, actor, 'interaction_types', {
      id: newId(),
      name,
      bvpi157: bvpi157 ? 1 : 0,
      sort_order: i,
    });
  }
  for (const [i, [code, name]] of CUSTOMER_TYPES.entries()) {
    await insertLogged(tx, actor, 'customer_types', {
      id: newId(),
      code,
      name,
      is_anonymous: code === 'anonymous' ? 1 : 0,
      sort_order: i,
    });
  }
  return serviceIds;
}

async function insertSite(
  tx: Tx,
  actor: Actor,
  site: { name: string; kind: 'contact_centre' | 'one_stop_shop'; prefix: string },
  order: number,
): Promise<string> {
  const id = newId();
  const hours = DEFAULT_OPENING_HOURS[site.kind];
  await insertLogged(tx, actor, 'sites', {
    id,
    name: site.name,
    kind: site.kind,
    ticket_prefix: site.prefix,
    opening_hours: JSON.stringify(hours),
    sort_order: order,
  });
  return id;
}

export interface NewCouncil {
  councilName: string;
  site: { name: string; kind: 'contact_centre' | 'one_stop_shop' };
  administrator: { displayName: string; username: string; passwordHash: string };
}

/**
 * A council's own first run: its name, its first site and its first administrator, with the
 * lists every council starts from. Refused (false) once anyone can sign in.
 */
export async function createCouncil(db: Db, at: Date, council: NewCouncil): Promise<boolean> {
  const actor: Actor = { staffId: null, siteId: null, at };
  return inTransaction(db, async (tx) => {
    if ((await countStaff(tx)) > 0) return false;
    const siteId = await insertSite(tx, actor, { ...council.site, prefix: 'A' }, 0);
    await seedReferenceLists(tx, actor);
    await insertLogged(tx, actor, 'staff', {
      id: newId(),
      username: council.administrator.username,
      display_name: council.administrator.displayName,
      role: 'administrator',
      home_site_id: siteId,
      team: null,
      password_hash: council.administrator.passwordHash,
      created_at: at.toISOString(),
    });
    await putSetting(tx, actor, 'council.name', council.councilName);
    await putSetting(tx, actor, 'council.startedOn', londonDateOf(at));
    return true;
  });
}

/** Seeds the demo council into an empty database; does nothing once any staff exist. */
export async function seedDemoCouncil(db: Db, at: Date): Promise<boolean> {
  if ((await countStaff(db)) > 0) return false;
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((a) => hashPassword(a.password)));
  const actor: Actor = { staffId: null, siteId: null, at };
  return inTransaction(db, async (tx) => {
    if ((await countStaff(tx)) > 0) return false;
    const siteIds = new Map<string, string>();
    for (const [i, site] of SITES.entries())
      siteIds.set(site.name, await insertSite(tx, actor, site, i));
    const serviceIds = await seedReferenceLists(tx, actor);
    for (const [service, offers] of Object.entries(OFFER_RULES)) {
      for (const [i, offer] of offers.entries()) {
        await insertLogged(tx, actor, 'offer_rules', {
          id: newId(),
          trigger_service_id: serviceIds.get(service)!,
          offer,
          sort_order: i,
        });
      }
    }
    const teams = [...new Set(DEMO_ACCOUNTS.map((a) => a.team))];
    for (const [i, name] of teams.entries())
      await insertLogged(tx, actor, 'teams', { id: newId(), name, sort_order: i });
    for (const [i, account] of DEMO_ACCOUNTS.entries()) {
      await insertLogged(tx, actor, 'staff', {
        id: newId(),
        username: account.username,
        display_name: account.displayName,
        role: account.role,
        home_site_id: siteIds.get(account.site)!,
        team: account.team,
        password_hash: hashes[i]!,
        created_at: at.toISOString(),
      });
    }
    await putSetting(tx, actor, 'council.name', 'Demo Borough Council');
    await putSetting(tx, actor, 'demo.showAccounts', true);
    return true;
  });
}

// The demo council, only when asked for (`--demo`, COUNCIL_CONTACT_DEMO=1, or "try it with
// demo data"): a contact centre, three One Stop Shops, the council lists, proactive offers and
// demo staff for each role with a published password: DEMO ONLY, never for real use.
import type { Role } from '../../../shared/domain/staff';
import { countStaff } from '../../../db/queries/staff/staff';
import { insertStaffAccount } from '../../../db/queries/staff/account-changes';
import { insertTeam } from '../../../db/queries/reference-admin/list-changes';
import {
  inTransaction,
  insertLogged,
  newId,
  putSetting,
  type Actor,
  type Db,
} from '../../../db/write';
import { hashPassword } from '../../../db/password-hash';
import { addSite, seedReferenceLists } from './council-lists';

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

/** Proactive offers (NeSDS standard 4): the brief's own example, and one for a move. */
const OFFER_RULES: Record<string, string[]> = {
  'Housing Benefit and Council Tax Reduction': [
    'Council Tax Reduction',
    'Free school meals',
    'School uniform grant',
  ],
  'Electoral Registration': ['Check the Council Tax account is at the new address'],
};

/** Seeds the demo council into an empty database; does nothing once any staff exist. */
export async function seedDemoCouncil(db: Db, at: Date): Promise<boolean> {
  if ((await countStaff(db)) > 0) return false;
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((a) => hashPassword(a.password)));
  const actor: Actor = { staffId: null, siteId: null, at };
  return inTransaction(db, async (tx) => {
    if ((await countStaff(tx)) > 0) return false;
    const siteIds = new Map<string, string>();
    for (const [i, site] of SITES.entries())
      siteIds.set(site.name, await addSite(tx, actor, site, i));
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
      await insertTeam(tx, actor, { id: newId(), name, sortOrder: i });
    for (const [i, account] of DEMO_ACCOUNTS.entries()) {
      await insertStaffAccount(tx, actor, {
        id: newId(),
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        homeSiteId: siteIds.get(account.site)!,
        team: account.team,
        passwordHash: hashes[i]!,
        mustChangePassword: false,
      });
    }
    await putSetting(tx, actor, 'council.name', 'Demo Borough Council');
    // Fixed, as the demo's other ids are: copies of the demo council are one council.
    await putSetting(tx, actor, 'council.id', 'demo-borough-council');
    await putSetting(tx, actor, 'demo.showAccounts', true);
    return true;
  });
}

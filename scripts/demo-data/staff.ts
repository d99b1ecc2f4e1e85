// Enough advisers for the demand: the demo council seeds four staff, and five million
// contacts shared among four people (680 a day each) would make every per-adviser figure, and
// every benchmark of one, unlike a real council's. Advisers are added in proportion to where
// contact happens: One Stop Shops take the face-to-face share of the channel mix, the contact
// centre the rest, the main site of each kind the most. Added advisers cannot sign in.
import type BetterSqlite3 from 'better-sqlite3';
import { uuidV7At } from './ids';
import { CHANNEL_MIX } from './mix';
import { personName } from './names';
import { Random } from './random';

/** Contacts an adviser deals with on an ordinary working day, calls and visits together. */
export const CONTACTS_PER_ADVISER_DAY = 45;
/** Five working days a week. */
const WORKING_SHARE = 5 / 7;
const USERNAME_PREFIX = 'demo-adviser-';
/** Not a hash any password matches (electron/api/password.ts wants `scrypt$...`). */
const NO_PASSWORD = '!generated: cannot sign in';

/** Advisers a council needs for `contacts` over `days` calendar days. */
export function advisersFor(contacts: number, days: number): number {
  return Math.ceil(contacts / (days * WORKING_SHARE) / CONTACTS_PER_ADVISER_DAY);
}

interface SiteRow {
  id: string;
  kind: 'contact_centre' | 'one_stop_shop';
}

/** Each site's share of advisers: its kind's share of contact, the first site of a kind the
 * busiest (as schedule.ts shares demand). */
function shares(sites: SiteRow[]): number[] {
  const total = Object.values(CHANNEL_MIX).reduce((a, b) => a + b, 0);
  const faceToFace = CHANNEL_MIX.face_to_face / total;
  const kinds = new Set(sites.map((s) => s.kind));
  const kindShare = (kind: SiteRow['kind']) =>
    kinds.size === 1 ? 1 : kind === 'one_stop_shop' ? faceToFace : 1 - faceToFace;
  return sites.map((site) => {
    const sameKind = sites.filter((s) => s.kind === site.kind);
    const weights = sameKind.map((_, rank) => 1 / (1 + 0.35 * rank));
    const weight = weights[sameKind.indexOf(site)]! / weights.reduce((a, b) => a + b, 0);
    return kindShare(site.kind) * weight;
  });
}

/** Adds advisers until the council has `wanted` active ones; returns how many were added. */
export function addAdvisers(
  sqlite: BetterSqlite3.Database,
  wanted: number,
  seed: number,
  nowMs: number,
): number {
  const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
  const have = count("select count(*) as n from staff where active = 1 and role = 'adviser'");
  const missing = wanted - have;
  if (missing <= 0) return 0;
  const sites = sqlite
    .prepare('select id, kind from sites where active = 1 order by sort_order, name')
    .all() as SiteRow[];
  if (sites.length === 0) throw new Error('The council has no active sites.');
  const already = count(
    `select count(*) as n from staff where username like '${USERNAME_PREFIX}%'`,
  );
  const rng = new Random(seed, 'staff', already);
  // Largest remainders, so the per-site numbers add up to exactly `missing`.
  const exact = shares(sites).map((s) => s * missing);
  const perSite = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; perSite.reduce((a, b) => a + b, 0) < missing; k += 1)
    perSite[order[k % order.length]![1]]! += 1;

  const insert = sqlite.prepare(
    `insert into staff (id, username, display_name, role, home_site_id, team, password_hash,
       active, created_at) values (?, ?, ?, 'adviser', ?, ?, ?, 1, ?)`,
  );
  const createdAt = new Date(nowMs).toISOString();
  // Names are unique, so the team leader can tell advisers apart in the stats.
  const taken = new Set(
    (sqlite.prepare('select display_name as name from staff').all() as { name: string }[]).map(
      (r) => r.name,
    ),
  );
  const freshName = () => {
    for (;;) {
      const { first, last } = personName(rng);
      const name = `${first} ${last}`;
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  };
  let n = already;
  sqlite.transaction(() => {
    sites.forEach((site, i) => {
      for (let k = 0; k < perSite[i]!; k += 1) {
        n += 1;
        insert.run(
          uuidV7At(nowMs, rng),
          `${USERNAME_PREFIX}${String(n).padStart(3, '0')}`,
          freshName(),
          site.id,
          site.kind === 'one_stop_shop' ? 'One Stop Shops' : 'Contact Centre',
          NO_PASSWORD,
          createdAt,
        );
      }
    });
  })();
  return missing;
}

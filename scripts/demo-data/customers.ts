// The customer register: residents, businesses and community groups with names, addresses,
// phones, emails and the phonetic name keys search needs (shared/domain/name-keys.ts), and a
// pool to draw contacts from. Some customers contact the council far more than others, so
// the draw is skewed: the earliest records (those on the register longest) are the regulars.
import type BetterSqlite3 from 'better-sqlite3';
import { nameKeysOf } from '../../shared/domain/name-keys';
import { NO_NEEDS, type CustomerNeeds } from '../../shared/domain/needs';
import type { BulkWriter } from './bulk-writer';
import type { CustomerKind } from './choices';
import { uuidV7At } from './ids';
import {
  address,
  businessName,
  communityGroupName,
  emailFor,
  personName,
  phoneNumber,
} from './names';
import type { Random } from './random';

const NO_NEEDS_JSON = JSON.stringify(NO_NEEDS);
const LANGUAGES = ['Polish', 'Urdu', 'Bengali', 'Arabic', 'Romanian', 'Welsh'];
/** The register predates the window: records were created over the two years before it. */
const REGISTER_SPAN_MS = 730 * 86_400_000;
/** How strongly contacts favour the regulars: with 2, a tenth of customers make a third of them. */
const SKEW = 2;

/** Who can be picked for a contact, by kind, in register order. */
export class CustomerPool {
  private readonly byKind = new Map<CustomerKind, number[]>([
    ['citizen', []],
    ['business', []],
    ['community_group', []],
  ]);
  readonly ids: string[] = [];
  readonly names: string[] = [];
  readonly needs: string[] = [];
  /** The needs of a visitor nobody has a record for. */
  readonly noNeeds = NO_NEEDS_JSON;

  add(id: string, kind: CustomerKind, name: string, needs: string): void {
    this.byKind.get(kind)!.push(this.ids.length);
    this.ids.push(id);
    this.names.push(name);
    this.needs.push(needs);
  }

  /** A customer of the kind (index into ids), or -1 when there is none to pick. */
  pick(rng: Random, kind: CustomerKind): number {
    const list = this.byKind.get(kind)!;
    if (list.length === 0) return -1;
    return list[Math.floor(list.length * rng.next() ** SKEW)]!;
  }
}

/** Customers already on file (with --append), oldest first, so they stay the regulars. */
export function loadCustomers(sqlite: BetterSqlite3.Database, pool: CustomerPool): void {
  const rows = sqlite
    .prepare(
      'select id, kind, display_name, needs from customers where merged_into is null order by rowid',
    )
    .iterate() as IterableIterator<{
    id: string;
    kind: CustomerKind;
    display_name: string;
    needs: string;
  }>;
  for (const r of rows) pool.add(r.id, r.kind, r.display_name, r.needs);
}

function needsOf(rng: Random): { needs: CustomerNeeds; language: string | null } {
  const r = rng.next();
  if (r < 0.03) {
    const language = rng.pick(LANGUAGES);
    return { needs: { ...NO_NEEDS, interpreter: true, language }, language };
  }
  if (r < 0.04) return { needs: { ...NO_NEEDS, hearingLoop: true }, language: null };
  if (r < 0.05) return { needs: { ...NO_NEEDS, largePrint: true }, language: null };
  if (r < 0.06) return { needs: { ...NO_NEEDS, accessibleDesk: true }, language: null };
  return { needs: NO_NEEDS, language: null };
}

function dateOfBirth(rng: Random, firstDayMs: number): string {
  const ageDays = rng.between(18 * 365, 92 * 365);
  return new Date(firstDayMs - ageDays * 86_400_000).toISOString().slice(0, 10);
}

/** Writes `count` customers and adds them to the pool; returns how many were written. */
export function writeCustomers(
  sqlite: BetterSqlite3.Database,
  writer: BulkWriter,
  pool: CustomerPool,
  rng: Random,
  count: number,
  firstDayMs: number,
): number {
  const insert = writer.insert('customers', [
    'id',
    'kind',
    'display_name',
    'title',
    'first_name',
    'last_name',
    'organisation_name',
    'address_line1',
    'town',
    'postcode',
    'phone',
    'email',
    'date_of_birth',
    'preferred_language',
    'preferred_channel',
    'needs',
    'council_reference',
    'name_keys',
    'contact_consent',
    'created_at',
    'updated_at',
  ]);
  // Council references (account numbers) continue after any the generator wrote before.
  const last = sqlite
    .prepare(
      "select max(council_reference) as last from customers where council_reference glob 'CR[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'",
    )
    .get() as { last: string | null };
  let reference = last.last ? Number(last.last.slice(2)) : 10_000_000;
  const keyCache = new Map<string, string>();
  const keysOf = (...names: (string | null)[]) => {
    const key = names.join('|');
    let keys = keyCache.get(key);
    if (keys === undefined) keyCache.set(key, (keys = nameKeysOf(...names)));
    return keys;
  };
  const start = firstDayMs - REGISTER_SPAN_MS;
  for (let i = 0; i < count; i += 1) {
    const createdMs = Math.floor(start + ((i + rng.next()) / count) * REGISTER_SPAN_MS);
    const createdAt = new Date(createdMs).toISOString();
    const id = uuidV7At(createdMs, rng);
    const r = rng.next();
    const kind: CustomerKind = r < 0.9 ? 'citizen' : r < 0.985 ? 'business' : 'community_group';
    const person = kind === 'citizen' ? personName(rng) : null;
    const organisation =
      kind === 'business'
        ? businessName(rng)
        : kind === 'community_group'
          ? communityGroupName(rng)
          : null;
    const display = person ? `${person.first} ${person.last}` : organisation!;
    const place = rng.chance(0.95) ? address(rng) : null;
    const { needs, language } = person ? needsOf(rng) : { needs: NO_NEEDS, language: null };
    const needsJson = needs === NO_NEEDS ? NO_NEEDS_JSON : JSON.stringify(needs);
    const channelR = rng.next();
    insert(
      id,
      kind,
      display,
      person?.title ?? null,
      person?.first ?? null,
      person?.last ?? null,
      organisation,
      place?.line1 ?? null,
      place?.town ?? null,
      place?.postcode ?? null,
      rng.chance(0.85) ? phoneNumber(rng) : null,
      rng.chance(person ? 0.55 : 0.8) ? emailFor(rng, ...display.split(' ').slice(0, 2)) : null,
      person && rng.chance(0.7) ? dateOfBirth(rng, firstDayMs) : null,
      language,
      channelR < 0.1 ? 'email' : channelR < 0.18 ? 'telephone' : channelR < 0.2 ? 'letter' : null,
      needsJson,
      rng.chance(0.5) ? `CR${(reference += 1)}` : null,
      keysOf(person?.first ?? null, person?.last ?? null, organisation),
      rng.chance(0.6) ? 1 : 0,
      createdAt,
      createdAt,
    );
    pool.add(id, kind, display, needsJson);
  }
  return count;
}

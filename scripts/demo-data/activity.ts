// What the per-day generators share: the council, its pickers, the customer pool, the writer,
// the seeded streams and "as of" (nothing is stamped later), plus the contact as planned
// before it is written, which visits, calls, letters and hand-offs are then built around.
import type { Channel } from '../../shared/domain/channels';
import type { IdentityCheck } from '../../shared/domain/identity';
import type { Direction, Outcome } from '../../shared/domain/outcomes';
import type { BulkWriter } from './bulk-writer';
import type { Choices, CustomerTypeChoice, ServiceChoice } from './choices';
import type { Council } from './council';
import type { CustomerPool } from './customers';
import { Weighted, type Random } from './random';
import type { SiteDay, SiteKind } from './schedule';
import type { InteractionKey } from './service-profiles';

export interface PlannedContact {
  id: string;
  channel: Channel;
  direction: Direction;
  service: ServiceChoice;
  interactionTypeId: string;
  /** What the interaction type stands for in the mix (null for a council's own types). */
  interactionKey: InteractionKey | null;
  customerType: CustomerTypeChoice;
  /** Index into the customer pool, or -1 for an anonymous contact. */
  customer: number;
  outcome: Outcome;
  partnerName: string | null;
  topic: string;
  notes: string;
  identityCheck: IdentityCheck;
  siteDay: SiteDay;
  staffId: string;
  /** Face to face: when the visitor arrived (the contact starts when they are seen). */
  arrivedMs: number;
  startMs: number;
  endMs: number;
  recordedMs: number;
  /** Telephone: seconds the caller queued before being answered. */
  answerSeconds: number;
  visitId: string | null;
}

export interface Counts {
  customers: number;
  contacts: number;
  visits: number;
  leftWithoutBeingSeen: number;
  calls: number;
  abandonedCalls: number;
  correspondence: number;
  holdingReplies: number;
  handOffs: number;
  /** Exit surveys written, and those answered (asked there and then, or replied to). */
  surveys: number;
  surveysAnswered: number;
  offers: number;
  offersAccepted: number;
  complaints: number;
  /** Complaints taken to stage 2. */
  escalated: number;
  compliments: number;
  comments: number;
  qualitySamples: number;
  qualitySampleItems: number;
  qualityItemsScored: number;
}

export interface ActivityContext {
  council: Council;
  choices: Choices;
  pool: CustomerPool;
  writer: BulkWriter;
  /** Choices about the activity. */
  rng: Random;
  /** Random bits of row ids, apart so ids never shift the activity's choices. */
  ids: Random;
  asOfMs: number;
  counts: Counts;
  /** The kind of site each channel is dealt with at (schedule.ts kindFor). */
  kindOf: Map<Channel, SiteKind | null>;
  staffAt(siteIndex: number): Weighted<string>;
  /** A seeded stream of its own for one purpose ("surveys"), so what it draws never shifts
   * the contacts' choices or ids. */
  stream(label: string): Random;
}

const ROLE_WEIGHT = { adviser: 1, team_leader: 0.3, administrator: 0.1 } as const;

/** Who works at each site: its own staff, else staff of sites of the same kind, else anyone. */
export function staffBySite(council: Council): (siteIndex: number) => Weighted<string> {
  if (council.staff.length === 0) throw new Error('The council has no active staff.');
  const pickers = council.sites.map((site) => {
    const kindOf = new Map(council.sites.map((s) => [s.id, s.kind]));
    const own = council.staff.filter((s) => s.homeSiteId === site.id);
    const sameKind = council.staff.filter((s) => kindOf.get(s.homeSiteId) === site.kind);
    const members = own.length > 0 ? own : sameKind.length > 0 ? sameKind : council.staff;
    return new Weighted(members.map((s) => [s.id, ROLE_WEIGHT[s.role]] as const));
  });
  return (siteIndex) => pickers[siteIndex]!;
}

const DAY_MS = 86_400_000;
const PAD2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const PAD3 = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
const dayPrefixes = new Map<number, string>();

/** Exactly Date#toISOString (`2026-11-23T10:00:00.000Z`), about four times faster: the date
 * part is kept per day, and millions of instants are written. */
export function iso(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    if (dayPrefixes.size > 10_000) dayPrefixes.clear();
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  return `${prefix}${PAD2[h]}:${PAD2[m]}:${PAD2[s]}.${PAD3[rest - s * 1000]}Z`;
}

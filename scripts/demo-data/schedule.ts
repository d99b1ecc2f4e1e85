// When the activity happens. Each London day in the window gets a share of the contacts by
// its weekday (Monday busiest, Friday lightest), its month (annual bills in March and April,
// a quiet August and Christmas) and whether it follows a bank holiday; none on bank holidays
// or closure days, and a light Saturday only at sites whose opening hours include one. Within
// a day, times follow the front office's peaks (opening, 10-12, just after lunch), inside
// each site's own opening hours in Europe/London time.
import type { Channel } from '../../shared/domain/channels';
import { WEEKDAYS, minutesOfDay, type Weekday } from '../../shared/time';
import { addCalendarDays, type IsoDate } from '../../shared/time/london';
import { londonMinutes } from './clock';
import type { Council, Site } from './council';
import { CHANNEL_MIX } from './mix';
import { Weighted, type Random } from './random';

const SLOT_MINUTES = 15;
/** Nothing is stamped after "as of": a slot must end this long before it (contacts run on). */
const SAFETY_MS = 2 * 3600_000;

/** Demand by half hour of the London day: the opening rush, the late-morning peak, a dip at
 * lunch, a second peak after it, and a tail to the close. */
const HALF_HOUR_SHAPE: Record<string, number> = {
  '08:00': 0.5,
  '08:30': 0.9,
  '09:00': 1.0,
  '09:30': 1.1,
  '10:00': 1.45,
  '10:30': 1.55,
  '11:00': 1.55,
  '11:30': 1.45,
  '12:00': 1.1,
  '12:30': 1.0,
  '13:00': 1.35,
  '13:30': 1.3,
  '14:00': 1.05,
  '14:30': 0.95,
  '15:00': 0.85,
  '15:30': 0.75,
  '16:00': 0.6,
  '16:30': 0.45,
  '17:00': 0.3,
  '17:30': 0.2,
};
const OFF_PEAK = 0.1;

const WEEKDAY_FACTOR: Record<Weekday, number> = {
  mon: 1.25,
  tue: 1.1,
  wed: 1.0,
  thu: 0.97,
  fri: 0.82,
  sat: 1,
  sun: 1,
};
/** January to December: annual bills land in March, a quiet August and Christmas. */
const MONTH_FACTOR = [1.05, 1.0, 1.15, 1.2, 1.0, 0.95, 0.95, 0.85, 1.0, 1.0, 1.0, 0.8];
const AFTER_HOLIDAY_FACTOR = 1.2;
/** Demand per open hour on a weekend day, against a weekday's. */
const WEEKEND_INTENSITY = 0.5;

/** The demand of a day's opening hours, in the units of HALF_HOUR_SHAPE per 15 minutes. */
function demandOf(spells: readonly { open: string; close: string }[]): number {
  let total = 0;
  for (const spell of spells) {
    const close = minutesOfDay(spell.close);
    for (let m = minutesOfDay(spell.open); m < close; m += SLOT_MINUTES)
      total += (shapeAt(m) * Math.min(SLOT_MINUTES, close - m)) / SLOT_MINUTES;
  }
  return total;
}

const weekdayDemands = new WeakMap<Site, number>();

/** A site's demand on an ordinary weekday it opens: what "a whole day" means for it. */
function weekdayDemand(site: Site): number {
  let demand = weekdayDemands.get(site);
  if (demand === undefined) {
    const open = WEEKDAYS.slice(0, 5)
      .map((d) => demandOf(site.hours[d]))
      .filter((d) => d > 0);
    demand =
      open.length > 0
        ? open.reduce((a, b) => a + b) / open.length
        : demandOf(site.hours.sat) || demandOf(site.hours.sun) || 1;
    weekdayDemands.set(site, demand);
  }
  return demand;
}

function shapeAt(minute: number): number {
  const half = Math.floor(minute / 30) * 30;
  const key = `${String(Math.floor(half / 60)).padStart(2, '0')}:${String(half % 60).padStart(2, '0')}`;
  return HALF_HOUR_SHAPE[key] ?? OFF_PEAK;
}

export function weekdayOf(date: IsoDate): Weekday {
  const js = new Date(`${date}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return WEEKDAYS[(js + 6) % 7]!;
}

/** One site open on one day: its quarter-hour slots as instants, weighted by demand. */
export class SiteDay {
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly picker: Weighted<number>;
  /** The day's demand (after the "as of" cut) against an ordinary weekday's at the site. */
  readonly size: number;

  constructor(
    readonly site: Site,
    readonly siteIndex: number,
    date: IsoDate,
    asOfMs: number,
  ) {
    const toMs = londonMinutes(date);
    const entries: [number, number][] = [];
    for (const spell of site.hours[weekdayOf(date)]) {
      const open = minutesOfDay(spell.open);
      const close = minutesOfDay(spell.close);
      for (let m = open; m < close; m += SLOT_MINUTES) {
        const length = Math.min(SLOT_MINUTES, close - m);
        const weight = (shapeAt(m) * length) / SLOT_MINUTES;
        const start = toMs(m);
        if (start + length * 60_000 + SAFETY_MS > asOfMs) continue;
        entries.push([this.starts.length, weight]);
        this.starts.push(start);
        this.lengths.push(length * 60_000);
      }
    }
    this.picker = new Weighted(entries);
    this.size = this.picker.total / weekdayDemand(site);
  }

  /** An instant in the day, whole seconds, with the day's shape. */
  time(rng: Random): number {
    const slot = this.picker.pick(rng);
    const ms = this.starts[slot]! + rng.next() * this.lengths[slot]!;
    return Math.floor(ms / 1000) * 1000;
  }
}

export type SiteKind = Site['kind'];

/** The kind of site that deals with a channel: phones and post at the contact centre, visits
 * at One Stop Shops. A council without a contact centre answers everything at its shops. */
export function kindFor(channel: Channel, council: Council): SiteKind | null {
  const has = (kind: SiteKind) => council.sites.some((s) => s.kind === kind);
  if (channel === 'face_to_face') return has('one_stop_shop') ? 'one_stop_shop' : null;
  if (has('contact_centre')) return 'contact_centre';
  return has('one_stop_shop') ? 'one_stop_shop' : null;
}

/** A site's share of its kind's demand: the first (main) site is the busiest. */
function siteShare(council: Council, site: Site): number {
  const rank = council.sites.filter((s) => s.kind === site.kind).indexOf(site);
  return 1 / (1 + 0.35 * rank);
}

export interface DayPlan {
  index: number;
  date: IsoDate;
  weight: number;
  /** Contacts to generate on the day (set by `planDays`). */
  quota: number;
  channels: Weighted<Channel> | null;
  sitesOf: Map<SiteKind, Weighted<SiteDay>>;
}

function dayPlan(council: Council, date: IsoDate, index: number, asOfMs: number): DayPlan {
  const { calendar } = council;
  const weekday = weekdayOf(date);
  const weekend = weekday === 'sat' || weekday === 'sun';
  const closed = calendar.isHolidayOrClosure(date);
  const sitesOf = new Map<SiteKind, Weighted<SiteDay>>();
  const kindFactor = new Map<SiteKind, number>();
  for (const kind of ['contact_centre', 'one_stop_shop'] as const) {
    const entries: [SiteDay, number][] = [];
    let possible = 0;
    council.sites.forEach((site, i) => {
      if (site.kind !== kind) return;
      const share = siteShare(council, site);
      possible += share;
      if (closed || site.hours[weekday].length === 0) return;
      const siteDay = new SiteDay(site, i, date, asOfMs);
      entries.push([siteDay, share * siteDay.size * (weekend ? WEEKEND_INTENSITY : 1)]);
    });
    const open = new Weighted(entries);
    sitesOf.set(kind, open);
    kindFactor.set(kind, possible === 0 ? 0 : open.total / possible);
  }
  const channelEntries = (Object.entries(CHANNEL_MIX) as [Channel, number][]).map(
    ([channel, share]) => {
      const kind = kindFor(channel, council);
      return [channel, kind ? share * kindFactor.get(kind)! : 0] as const;
    },
  );
  const channels = new Weighted(channelEntries);
  let factor = WEEKDAY_FACTOR[weekday] * MONTH_FACTOR[Number(date.slice(5, 7)) - 1]!;
  // The first working day after a bank holiday takes the calls that would have come on it.
  let previous = addCalendarDays(date, -1);
  while (['sat', 'sun'].includes(weekdayOf(previous))) previous = addCalendarDays(previous, -1);
  if (!weekend && calendar.isHolidayOrClosure(previous)) factor *= AFTER_HOLIDAY_FACTOR;
  const total = Object.values(CHANNEL_MIX).reduce((a, b) => a + b, 0);
  return {
    index,
    date,
    weight: (factor * channels.total) / total,
    quota: 0,
    channels: channels.size === 0 ? null : channels,
    sitesOf,
  };
}

/** The `days` London days ending on `end`, each with its share of `contacts`. */
export function planDays(
  council: Council,
  end: IsoDate,
  days: number,
  contacts: number,
  asOfMs: number,
): DayPlan[] {
  const plans = Array.from({ length: days }, (_, i) =>
    dayPlan(council, addCalendarDays(end, i - days + 1), i, asOfMs),
  );
  const total = plans.reduce((sum, p) => sum + p.weight, 0);
  if (total === 0) {
    if (contacts > 0) throw new Error('No site is open on any day of the window.');
    return plans;
  }
  // Largest remainder, so the quotas add up to exactly `contacts`.
  const exact = plans.map((p) => (contacts * p.weight) / total);
  plans.forEach((p, i) => (p.quota = Math.floor(exact[i]!)));
  let left = contacts - plans.reduce((sum, p) => sum + p.quota, 0);
  const byRemainder = plans
    .map((p, i) => ({ i, r: exact[i]! - p.quota }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    plans[i]!.quota += 1;
    left -= 1;
  }
  return plans;
}

// First-contact resolution, as defined once for screens, reports and exports
// (product handbook; NeSDS standard 2: at least 80% resolved at the first point of contact).
//
// FCR = resolved-at-first-contact interactions / completed customer interactions.
// Outbound follow-ups and contacts that ended before service (left without being seen,
// abandoned calls) are left out of the denominator and counted separately. A contact
// recorded as resolved but followed within 7 days by another contact from the same customer
// about the same service is a repeat contact: "verified" FCR counts it as not resolved.
// A voided contact (recorded in error, issue 19) is no interaction at all: it is counted
// nowhere, not even as a follow-up that would make an earlier contact a repeat.
import type { Direction, Outcome } from '../domain/outcomes';
import { shareOf, withinLimit } from './counts';
import { judge, percentText } from './figure-format';

export const DEFAULT_FCR_TARGET = 0.8;
export const REPEAT_WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;

export interface FcrContact {
  id: string;
  outcome: Outcome;
  direction: Direction;
  /** Left without being seen, abandoned call: no service was given. */
  endedBeforeService?: boolean;
  /** Voided as recorded in error: left out of every part of the figure. */
  voided?: boolean;
  customerId: string | null;
  serviceId: string;
  startedAt: string | Date;
}

/** FCR's counts: what the tallies (migration 0008) and `firstContactResolution` both count. */
export interface FcrCounts {
  /** Completed inbound interactions: the denominator. */
  completed: number;
  resolved: number;
  /** Resolved contacts followed by a repeat contact within the window. */
  repeats: number;
}

/** FCR as recorded and as verified, each judged against the target. */
export interface FcrRates {
  /** resolved / completed, or null when nothing was completed. */
  rate: number | null;
  verifiedResolved: number;
  verifiedRate: number | null;
  /** Whether `rate` meets the target; null when there is nothing to measure. */
  met: boolean | null;
  verifiedMet: boolean | null;
}

export interface FcrFigure extends FcrCounts, FcrRates {
  excludedOutbound: number;
  excludedEndedBeforeService: number;
  target: number;
}

function time(value: string | Date): number {
  return value instanceof Date ? value.getTime() : Date.parse(value);
}

/**
 * Whether a contact at `laterAt` follows one at `startedAt` within the repeat window: after it,
 * and at most 7 days (of UTC time, so 168 hours across a clock change) later. Exactly 7 days is
 * within; a millisecond more is not. SQL twin: db/engine/sqlite.ts `followsWithinRepeatWindow`
 * (and migration 0007's trigger), tested against this in db/engine/sqlite.test.ts.
 */
export function withinRepeatWindow(startedAt: string | Date, laterAt: string | Date): boolean {
  const start = time(startedAt);
  const later = time(laterAt);
  return later > start && withinLimit(later - start, REPEAT_WINDOW_DAYS * DAY_MS);
}

/** FCR as recorded and as verified from its counts: the one division behind every FCR. A
 * repeat counts as not resolved in the verified rate. */
export function fcrRates(counts: FcrCounts): Omit<FcrRates, 'met' | 'verifiedMet'> {
  const verifiedResolved = counts.resolved - counts.repeats;
  return {
    rate: shareOf(counts.resolved, counts.completed),
    verifiedResolved,
    verifiedRate: shareOf(verifiedResolved, counts.completed),
  };
}

/**
 * FCR from its counts, judged against the target: the rates and the "met" of every FCR on every
 * screen, report, breakdown, export and the NeSDS evidence. Each rate is judged on the value
 * shown (79.9% is not 80%: figure-format.ts `judge`).
 */
export function fcrFromCounts(counts: FcrCounts, target: number): FcrRates {
  const rates = fcrRates(counts);
  return {
    ...rates,
    met: judge(rates.rate, { atLeastShare: target }),
    verifiedMet: judge(rates.verifiedRate, { atLeastShare: target }),
  };
}

/**
 * @param contacts the contacts in the period being measured
 * @param laterContacts contacts that may follow them (the period plus the 7 days after it);
 *   defaults to `contacts`. Any direction counts as a follow-up contact from the customer
 *   only when inbound.
 */
export function firstContactResolution(
  contacts: readonly FcrContact[],
  options: { target?: number; laterContacts?: readonly FcrContact[] } = {},
): FcrFigure {
  const target = options.target ?? DEFAULT_FCR_TARGET;
  const later = (options.laterContacts ?? contacts).filter((c) => !c.voided);
  let completed = 0;
  let resolved = 0;
  let repeats = 0;
  let excludedOutbound = 0;
  let excludedEndedBeforeService = 0;

  const byCustomerService = new Map<string, (string | Date)[]>();
  for (const c of later) {
    if (c.customerId === null || c.direction !== 'inbound' || c.endedBeforeService) continue;
    const key = `${c.customerId}\u0000${c.serviceId}`;
    const list = byCustomerService.get(key);
    if (list) list.push(c.startedAt);
    else byCustomerService.set(key, [c.startedAt]);
  }

  for (const c of contacts) {
    if (c.voided) continue;
    if (c.direction === 'outbound') {
      excludedOutbound += 1;
      continue;
    }
    if (c.endedBeforeService) {
      excludedEndedBeforeService += 1;
      continue;
    }
    completed += 1;
    if (c.outcome !== 'resolved') continue;
    resolved += 1;
    if (c.customerId === null) continue; // an anonymous contact cannot be matched to a repeat
    const followUps = byCustomerService.get(`${c.customerId}\u0000${c.serviceId}`) ?? [];
    if (followUps.some((at) => withinRepeatWindow(c.startedAt, at))) repeats += 1;
  }

  return {
    completed,
    resolved,
    repeats,
    ...fcrFromCounts({ completed, resolved, repeats }, target),
    excludedOutbound,
    excludedEndedBeforeService,
    target,
  };
}

/** "50%" style, rounded half up to whole percent, or to one decimal within a point of the
 * target ("79.9%"), as it is judged (`null` shows as "no contacts"). */
export function formatPercent(rate: number | null, target: number | null = null): string {
  return rate === null ? 'no contacts yet' : percentText(rate, target);
}

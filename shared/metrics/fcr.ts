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
import { meetsShareTarget, percentText } from './figure-format';

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

export interface FcrFigure {
  /** Completed inbound interactions: the denominator. */
  completed: number;
  resolved: number;
  /** resolved / completed, or null when nothing was completed. */
  rate: number | null;
  /** Resolved contacts followed by a repeat contact within the window. */
  repeats: number;
  verifiedResolved: number;
  verifiedRate: number | null;
  excludedOutbound: number;
  excludedEndedBeforeService: number;
  target: number;
  /** Whether `rate` meets the target; null when there is nothing to measure. */
  met: boolean | null;
  verifiedMet: boolean | null;
}

function time(value: string | Date): number {
  return value instanceof Date ? value.getTime() : Date.parse(value);
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

  const byCustomerService = new Map<string, number[]>();
  for (const c of later) {
    if (c.customerId === null || c.direction !== 'inbound' || c.endedBeforeService) continue;
    const key = `${c.customerId}\u0000${c.serviceId}`;
    const list = byCustomerService.get(key);
    if (list) list.push(time(c.startedAt));
    else byCustomerService.set(key, [time(c.startedAt)]);
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
    const start = time(c.startedAt);
    const followUps = byCustomerService.get(`${c.customerId}\u0000${c.serviceId}`) ?? [];
    if (followUps.some((t) => t > start && t - start <= REPEAT_WINDOW_DAYS * DAY_MS)) repeats += 1;
  }

  const rate = completed === 0 ? null : resolved / completed;
  const verifiedResolved = resolved - repeats;
  const verifiedRate = completed === 0 ? null : verifiedResolved / completed;
  return {
    completed,
    resolved,
    rate,
    repeats,
    verifiedResolved,
    verifiedRate,
    excludedOutbound,
    excludedEndedBeforeService,
    target,
    // Judged on the rate as shown: 79.9% is not 80% (figure-format.ts).
    met: meetsShareTarget(rate, target),
    verifiedMet: meetsShareTarget(verifiedRate, target),
  };
}

/** "50%" style, rounded half up to whole percent, or to one decimal within a point of the
 * target ("79.9%"), as it is judged (`null` shows as "no contacts"). */
export function formatPercent(rate: number | null, target: number | null = null): string {
  return rate === null ? 'no contacts yet' : percentText(rate, target);
}

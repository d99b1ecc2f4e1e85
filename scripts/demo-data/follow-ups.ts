// Contacts that follow earlier ones: a customer coming back within 7 days about the same
// thing after a contact recorded as resolved (a repeat contact, which verified FCR counts as
// not resolved), the callback an adviser promised, and a chaser to a customer we are waiting
// on (both outbound, so outside FCR). They take a later day's slots, so totals stay exact.
import type { Channel } from '../../shared/domain/channels';
import type { PlannedContact } from './activity';
import type { CustomerTypeChoice, ServiceChoice } from './choices';
import { CHASE_CHANCE, REPEAT_CHANCE } from './mix';
import { Weighted, type Random } from './random';

const DAY_MS = 86_400_000;
/** A repeat must start within 7 days of the contact it repeats (shared/metrics/fcr.ts). */
const REPEAT_WINDOW_MS = 7 * DAY_MS - 60_000;

export interface FollowUp {
  kind: 'repeat' | 'callback' | 'chase';
  service: ServiceChoice;
  customerType: CustomerTypeChoice;
  customer: number;
  topic: string;
  /** The follow-up starts after this instant and no later than `beforeMs`. */
  afterMs: number;
  beforeMs: number;
  /** The channel the earlier contact came by (a repeat often uses it again). */
  channel: Channel;
}

const CALLBACK_CHANNELS = new Weighted<Channel>([
  ['telephone', 80],
  ['email', 15],
  ['letter', 5],
]);
const CHASE_CHANNELS = new Weighted<Channel>([
  ['telephone', 40],
  ['email', 40],
  ['letter', 20],
]);

export class FollowUpQueue {
  private readonly byDay = new Map<number, FollowUp[]>();

  constructor(private readonly days: number) {}

  /** The follow-ups due on a day, in the order they were made. */
  take(day: number): FollowUp[] {
    const list = this.byDay.get(day) ?? [];
    this.byDay.delete(day);
    return list;
  }

  /** Carries a follow-up that found no slot to the next day, while it can still happen. */
  carry(day: number, followUp: FollowUp): void {
    this.add(day + 1, followUp);
  }

  private add(day: number, followUp: FollowUp): void {
    if (day >= this.days) return; // after the window: it never happens in this data
    const list = this.byDay.get(day);
    if (list) list.push(followUp);
    else this.byDay.set(day, [followUp]);
  }

  /** Schedules what an inbound contact leads to, by its outcome. */
  after(rng: Random, day: number, contact: PlannedContact): void {
    const base = {
      service: contact.service,
      customerType: contact.customerType,
      customer: contact.customer,
      topic: contact.topic,
      afterMs: contact.endMs,
      channel: contact.channel,
    };
    if (contact.outcome === 'resolved') {
      // Only a known customer can be seen to come back (anonymous contacts cannot be matched).
      if (contact.customer < 0 || !rng.chance(REPEAT_CHANCE)) return;
      this.add(day + rng.between(1, 6), {
        ...base,
        kind: 'repeat',
        beforeMs: contact.startMs + REPEAT_WINDOW_MS,
      });
    } else if (contact.outcome === 'callback_promised') {
      const r = rng.next();
      this.add(day + (r < 0.6 ? 1 : r < 0.9 ? 2 : 3), {
        ...base,
        kind: 'callback',
        beforeMs: contact.startMs + 10 * DAY_MS,
      });
    } else if (contact.outcome === 'awaiting_customer' && rng.chance(CHASE_CHANCE)) {
      this.add(day + rng.between(2, 5), {
        ...base,
        kind: 'chase',
        beforeMs: contact.startMs + 14 * DAY_MS,
      });
    }
  }

  /** The channel a follow-up comes or goes by. */
  static channelOf(rng: Random, followUp: FollowUp, fresh: () => Channel): Channel {
    if (followUp.kind === 'callback') return CALLBACK_CHANNELS.pick(rng);
    if (followUp.kind === 'chase') return CHASE_CHANNELS.pick(rng);
    return rng.chance(0.5) ? followUp.channel : fresh();
  }
}

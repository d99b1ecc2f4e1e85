// One day's contacts, planned before anything is written: the follow-ups due that day first,
// then fresh contacts up to the day's quota, each with its channel, site, adviser, service,
// customer, times and outcome. Sorted by start time, so ids (UUIDv7 of the start) ascend.
import type { Channel } from '../../shared/domain/channels';
import type { Direction, Outcome } from '../../shared/domain/outcomes';
import type { ActivityContext, PlannedContact } from './activity';
import type { CustomerTypeChoice, ServiceChoice } from './choices';
import { FollowUpQueue, type FollowUp } from './follow-ups';
import { uuidV7At } from './ids';
import { DURATION, REPEAT_RESOLVE } from './mix';
import { Weighted, type Random } from './random';
import type { DayPlan, SiteDay } from './schedule';

const OUTBOUND_OUTCOMES = new Weighted<Outcome>([
  ['resolved', 85],
  ['handed_off', 8],
  ['awaiting_customer', 7],
]);
const PLACEMENT_TRIES = 5;

/** Mostly seen within the 10-minute promise; about one visitor in eight waits longer. */
function waitMs(rng: Random): number {
  const seconds = rng.chance(0.88)
    ? Math.min(599, rng.logNormal(210, 0.7))
    : 600 + 1800 * rng.next() ** 1.5;
  return Math.round(seconds) * 1000;
}

/** Mostly answered in 5-60 seconds, with a tail of several minutes at the peaks. */
function answerSeconds(rng: Random): number {
  if (rng.chance(0.07)) return Math.round(60 + 340 * rng.next() ** 2);
  return Math.round(Math.min(60, Math.max(5, rng.logNormal(18, 0.65))));
}

function durationMs(rng: Random, channel: Channel): number {
  const [median, sigma, min, max] = DURATION[channel];
  const minutes = Math.min(max, Math.max(min, rng.logNormal(median, sigma)));
  return Math.round(minutes * 60) * 1000;
}

interface What {
  channel: Channel;
  direction: Direction;
  service: ServiceChoice;
  customerType: CustomerTypeChoice;
  customer: number;
  topic: string;
  /** For inbound contacts, the chance of resolving (repeats resolve less often). */
  resolveChance?: number;
}

function build(ctx: ActivityContext, siteDay: SiteDay, what: What): PlannedContact {
  const { rng, choices } = ctx;
  const { channel, direction, service } = what;
  const inbound = direction === 'inbound';
  let arrivedMs = siteDay.time(rng);
  let startMs = arrivedMs;
  let answer = 0;
  if (inbound && channel === 'face_to_face') startMs = arrivedMs + waitMs(rng);
  if (inbound && channel === 'telephone') answer = answerSeconds(rng);
  if (channel !== 'face_to_face') arrivedMs = startMs;
  const endMs = startMs + durationMs(rng, channel);
  const spoken = channel === 'telephone' || channel === 'face_to_face';
  const recordedMs = endMs + 1000 * (spoken ? rng.between(5, 90) : rng.between(1, 20));
  const outcome = inbound
    ? choices.outcome(rng, channel, service, what.resolveChance)
    : OUTBOUND_OUTCOMES.pick(rng);
  const interaction = service.interactions.pick(rng);
  return {
    id: '',
    channel,
    direction,
    service,
    interactionTypeId: interaction.id,
    interactionKey: interaction.key,
    customerType: what.customerType,
    customer: what.customer,
    outcome,
    partnerName: outcome === 'referred_to_partner' ? rng.pick(service.profile.partners) : null,
    topic: what.topic,
    notes: choices.notes(rng, what.topic, outcome),
    identityCheck: choices.identityCheck(rng, interaction.key, channel, what.customer < 0),
    siteDay,
    staffId: ctx.staffAt(siteDay.siteIndex).pick(rng),
    arrivedMs,
    startMs,
    endMs,
    recordedMs,
    answerSeconds: answer,
    visitId: null,
  };
}

function siteFor(ctx: ActivityContext, plan: DayPlan, channel: Channel): SiteDay | null {
  const kind = ctx.kindOf.get(channel);
  const sites = kind ? plan.sitesOf.get(kind) : undefined;
  return sites && sites.size > 0 ? sites.pick(ctx.rng) : null;
}

function fresh(ctx: ActivityContext, plan: DayPlan): PlannedContact {
  const { rng, choices, pool } = ctx;
  const channel = plan.channels!.pick(rng);
  const service = choices.service(rng, channel);
  const customerType = choices.customerType(rng, channel, service);
  return build(ctx, siteFor(ctx, plan, channel)!, {
    channel,
    direction: 'inbound',
    service,
    customerType,
    customer: customerType.kind ? pool.pick(rng, customerType.kind) : -1,
    topic: rng.pick(service.profile.topics),
  });
}

/** Places a follow-up on the day: a contact, 'carry' to try the next day, or 'drop'. */
function followUp(
  ctx: ActivityContext,
  plan: DayPlan,
  f: FollowUp,
): PlannedContact | 'carry' | 'drop' {
  const channel = FollowUpQueue.channelOf(ctx.rng, f, () => plan.channels!.pick(ctx.rng));
  const siteDay = siteFor(ctx, plan, channel);
  if (!siteDay) return 'carry';
  for (let i = 0; i < PLACEMENT_TRIES; i += 1) {
    const contact = build(ctx, siteDay, {
      channel,
      direction: f.kind === 'repeat' ? 'inbound' : 'outbound',
      service: f.service,
      customerType: f.customerType,
      customer: f.customer,
      topic: f.topic,
      resolveChance: REPEAT_RESOLVE,
    });
    if (contact.startMs > f.beforeMs) return 'drop';
    if (contact.startMs > f.afterMs) return contact;
  }
  return 'carry';
}

/** The day's contacts, in start order, with their ids. */
export function planDayContacts(
  ctx: ActivityContext,
  plan: DayPlan,
  queue: FollowUpQueue,
): PlannedContact[] {
  const contacts: PlannedContact[] = [];
  for (const f of queue.take(plan.index)) {
    if (contacts.length >= plan.quota || !plan.channels) {
      queue.carry(plan.index, f);
      continue;
    }
    const placed = followUp(ctx, plan, f);
    if (placed === 'carry') queue.carry(plan.index, f);
    else if (placed !== 'drop') contacts.push(placed);
  }
  while (contacts.length < plan.quota) contacts.push(fresh(ctx, plan));
  for (const c of contacts) if (c.direction === 'inbound') queue.after(ctx.rng, plan.index, c);
  contacts.sort((a, b) => a.startMs - b.startMs);
  for (const c of contacts) c.id = uuidV7At(c.startMs, ctx.ids);
  return contacts;
}

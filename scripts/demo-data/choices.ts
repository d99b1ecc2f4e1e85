// The mix (mix.ts, service-profiles.ts) bound to one council's ids: weighted pickers for
// service, interaction type, customer type and outcome, built once so the per-contact work is
// a few table look-ups. Names the council has renamed or retired simply drop out of the mix.
import { CHANNELS, type Channel } from '../../shared/domain/channels';
import type { IdentityCheck } from '../../shared/domain/identity';
import type { Outcome } from '../../shared/domain/outcomes';
import type { Council, Service } from './council';
import {
  CUSTOMER_TYPE_MIX,
  NOTE_PHRASES,
  RESOLVE_BY_CHANNEL,
  UNRESOLVED_MIX,
  WRITTEN_CHANNELS,
} from './mix';
import { Weighted, type Random } from './random';
import {
  INTERACTION,
  profileOf,
  type InteractionKey,
  type ServiceProfile,
} from './service-profiles';

/** Which customer records a customer type points at; null for anonymous contacts. */
export type CustomerKind = 'citizen' | 'business' | 'community_group';

export interface CustomerTypeChoice {
  id: string;
  kind: CustomerKind | null;
}

export interface ServiceChoice {
  index: number;
  service: Service;
  profile: ServiceProfile;
  interactions: Weighted<{ id: string; key: InteractionKey | null }>;
}

const KIND_OF_CODE: Record<string, CustomerKind> = {
  citizen: 'citizen',
  business: 'business',
  community_group: 'community_group',
  // A partner agency or an elected member usually acts for a resident on the register.
  partner_agency: 'citizen',
  elected_member: 'citizen',
};

export class Choices {
  readonly services: ServiceChoice[];
  private readonly serviceByChannel = new Map<Channel, Weighted<ServiceChoice>>();
  private readonly spokenTypes: Weighted<CustomerTypeChoice>;
  private readonly writtenTypes: Weighted<CustomerTypeChoice>;
  private readonly businessType: CustomerTypeChoice | undefined;
  private readonly unresolved: Weighted<Exclude<Outcome, 'resolved'>>;
  private readonly unresolvedNoPartner: Weighted<Exclude<Outcome, 'resolved'>>;

  constructor(council: Council) {
    if (council.services.length === 0) throw new Error('The council has no active services.');
    const typeIds = new Map(council.interactionTypes.map((t) => [t.name, t.id]));
    const anyType = new Weighted(council.interactionTypes.map((t) => [{ id: t.id, key: null }, 1]));
    this.services = council.services.map((service, index) => {
      const profile = profileOf(service.name);
      const entries = Object.entries(profile.interactions)
        .map(([key, weight]) => {
          const id = typeIds.get(INTERACTION[key as InteractionKey]);
          return id ? ([{ id, key: key as InteractionKey }, weight] as const) : null;
        })
        .filter((e) => e !== null);
      const interactions = entries.length > 0 ? new Weighted(entries) : anyType;
      if (interactions.size === 0) throw new Error('The council has no active interaction types.');
      return { index, service, profile, interactions };
    });
    for (const channel of CHANNELS) {
      this.serviceByChannel.set(
        channel,
        new Weighted(
          this.services.map((s) => [s, s.profile.weight * (s.profile.channels?.[channel] ?? 1)]),
        ),
      );
    }
    const types = (mix: Record<string, number>) => {
      const entries = council.customerTypes
        .map((t) => {
          const choice = { id: t.id, kind: t.isAnonymous ? null : (KIND_OF_CODE[t.code] ?? null) };
          return [choice, mix[t.code] ?? 0] as const;
        })
        .filter(([, weight]) => weight > 0);
      if (entries.length === 0) throw new Error('The council has no usable customer types.');
      return new Weighted(entries);
    };
    this.spokenTypes = types(CUSTOMER_TYPE_MIX.spoken);
    this.writtenTypes = types(CUSTOMER_TYPE_MIX.written);
    const business = council.customerTypes.find((t) => t.code === 'business');
    this.businessType = business && { id: business.id, kind: 'business' };
    const outcomes = Object.entries(UNRESOLVED_MIX) as [Exclude<Outcome, 'resolved'>, number][];
    this.unresolved = new Weighted(outcomes);
    this.unresolvedNoPartner = new Weighted(outcomes.filter(([o]) => o !== 'referred_to_partner'));
  }

  service(rng: Random, channel: Channel): ServiceChoice {
    return this.serviceByChannel.get(channel)!.pick(rng);
  }

  customerType(rng: Random, channel: Channel, service: ServiceChoice): CustomerTypeChoice {
    const share = service.profile.businessShare;
    if (share && this.businessType && rng.chance(share)) return this.businessType;
    return (WRITTEN_CHANNELS.has(channel) ? this.writtenTypes : this.spokenTypes).pick(rng);
  }

  /** The outcome of an inbound contact; `resolveChance` overrides the channel's (repeats). */
  outcome(rng: Random, channel: Channel, service: ServiceChoice, resolveChance?: number): Outcome {
    const chance = resolveChance ?? RESOLVE_BY_CHANNEL[channel] + service.profile.resolve;
    if (rng.chance(Math.min(0.97, Math.max(0.3, chance)))) return 'resolved';
    return (service.profile.partners.length > 0 ? this.unresolved : this.unresolvedNoPartner).pick(
      rng,
    );
  }

  /** How far identity was checked (NeSDS 25): more for money and benefits, none to give information. */
  identityCheck(
    rng: Random,
    key: InteractionKey | null,
    channel: Channel,
    anonymous: boolean,
  ): IdentityCheck {
    if (anonymous) return 'not_needed';
    const r = rng.next();
    switch (key) {
      case 'revenue':
      case 'change':
        return r < 0.05 ? 'not_needed' : r < 0.65 ? 'key_facts' : 'verified_facts';
      case 'benefits':
      case 'apply':
        if (r < 0.3) return 'key_facts';
        return r < 0.8 || channel !== 'face_to_face' ? 'verified_facts' : 'documents_seen';
      case 'appoint':
      case 'complain':
        return r < 0.4 ? 'not_needed' : 'key_facts';
      default:
        return r < 0.85 ? 'not_needed' : 'key_facts';
    }
  }

  /** Half of advisers' notes are empty on a busy day; the rest are a line. */
  notes(rng: Random, topic: string, outcome: Outcome): string {
    if (rng.chance(0.5)) return '';
    return `${topic}: ${rng.pick(NOTE_PHRASES[outcome])}`;
  }
}

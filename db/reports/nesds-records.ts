// The NeSDS evidence drawn straight from the records of a period: who contacted us by which
// channel, what was checked and linked, what was offered, handed off and referred, which
// departments stand behind the services, and when the council's sites are open. The
// queries are in db/queries/nesds (voided contacts are evidence of nothing and are left out
// there); here their rows are shaped into the facts shared/nesds grades.
import {
  CHANNEL_FAMILIES,
  CHANNEL_FAMILY_OF,
  type ChannelFamily,
} from '../../shared/domain/channels';
import { hoursBeyondNineToFive } from '../../shared/nesds/access-hours';
import type { EvidenceFacts } from '../../shared/nesds/facts';
import type { ReadableDB } from '../handles';
import {
  accountKindsOfContacts,
  contactsByChannel,
  electronicInteractionTypeIds,
} from '../queries/nesds/contact-evidence';
import { bvpi157Types, departmentsBehindServices } from '../queries/nesds/council-evidence';
import { activeSitesWithHours } from '../queries/calendar-settings/opening-hours';
import { handOffCounts, offerCounts, partnerReferrals } from '../queries/nesds/proactive-evidence';
import type { Span } from '../queries/nesds/span';

const byFamily = <T>(make: () => T) =>
  Object.fromEntries(CHANNEL_FAMILIES.map((f) => [f, make()])) as Record<ChannelFamily, T>;

/** Contacts by channel family: how many, identity checked (NeSDS 25), on a customer's
 * record (NeSDS 23) and from customers who were not anonymous. */
export async function channelFacts(db: ReadableDB, span: Span) {
  const rows = await contactsByChannel(db, span);
  const contactsByFamily = byFamily(() => 0);
  const identityChecks = byFamily(() => ({ contacts: 0, checked: 0 }));
  const linkedByFamily = byFamily(() => 0);
  let linked = 0;
  let identifiable = 0;
  for (const r of rows) {
    const family = CHANNEL_FAMILY_OF[r.channel];
    contactsByFamily[family] += r.contacts;
    identityChecks[family].contacts += r.contacts;
    identityChecks[family].checked += r.checked;
    linkedByFamily[family] += r.linked;
    linked += r.linked;
    identifiable += r.identifiable;
  }
  return {
    contacts: rows.reduce((n, r) => n + r.contacts, 0),
    contactsByFamily,
    identityChecks,
    linked,
    identifiable,
    familiesLinked: CHANNEL_FAMILIES.filter((f) => linkedByFamily[f] > 0),
  };
}

/** NeSDS 1: the BVPI 157 interaction types, and those used by email, web form or SMS. */
export async function selfServiceFacts(db: ReadableDB, span: Span) {
  const types = await bvpi157Types(db);
  const usedIds = await electronicInteractionTypeIds(db, span);
  return {
    bvpi157Types: types.map((t) => t.name),
    electronicTypes: types.filter((t) => usedIds.has(t.id)).map((t) => t.name),
  };
}

export async function extendedHours(db: ReadableDB): Promise<EvidenceFacts['extendedHours']> {
  const sites = await activeSitesWithHours(db);
  return sites.flatMap((site) => {
    const beyond = site.hours ? hoursBeyondNineToFive(site.hours) : [];
    return beyond.length > 0 ? [{ site: site.name, when: beyond.join(', ') }] : [];
  });
}

/** NeSDS 4 and 24: offers made, hand-offs with their due dates, and partner referrals. */
export async function proactiveFacts(db: ReadableDB, span: Span) {
  return {
    offers: await offerCounts(db, span),
    handOffs: await handOffCounts(db, span),
    partnerReferrals: await partnerReferrals(db, span),
  };
}

/** NeSDS 22: the departments behind the active services, and any without a named contact
 * or an escalation point. */
export async function departmentFacts(db: ReadableDB): Promise<EvidenceFacts['departments']> {
  const rows = await departmentsBehindServices(db);
  const blank = (v: string | null) => !v || v.trim() === '';
  return {
    total: rows.length,
    withoutNamedContact: rows.filter((r) => blank(r.contactName)).map((r) => r.name),
    withoutEscalation: rows.filter((r) => blank(r.escalationContact)).map((r) => r.name),
  };
}

/** NeSDS 23: the kinds of customer account that hold contacts of the period. */
export async function accountTypes(db: ReadableDB, span: Span): Promise<string[]> {
  const kinds = await accountKindsOfContacts(db, span);
  const LABELS = { citizen: 'Citizen', business: 'Business', community_group: 'Community group' };
  return (['citizen', 'business', 'community_group'] as const)
    .filter((k) => kinds.has(k))
    .map((k) => LABELS[k]);
}

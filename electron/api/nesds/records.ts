// The NeSDS evidence drawn straight from the records of a period: who contacted us by which
// channel, what was checked and linked, what was offered, handed off and referred, which
// departments stand behind the services, and when the council's sites are open. Voided
// contacts (recorded in error, issue 19) are evidence of nothing and are left out throughout.
import { sql } from 'kysely';
import {
  CHANNEL_FAMILIES,
  CHANNEL_FAMILY_OF,
  type Channel,
  type ChannelFamily,
} from '../../../shared/domain/channels';
import { hoursBeyondNineToFive } from '../../../shared/nesds/access-hours';
import type { EvidenceFacts } from '../../../shared/nesds/facts';
import { openingHoursSchema } from '../../../shared/time/opening-hours';
import type { Db } from '../../../db/write';

/** Instants [from, to) of a period of London days. */
export interface Span {
  from: string;
  to: string;
}

const byFamily = <T>(make: () => T) =>
  Object.fromEntries(CHANNEL_FAMILIES.map((f) => [f, make()])) as Record<ChannelFamily, T>;

/** Contacts by channel family: how many, identity checked (NeSDS 25), on a customer's
 * record (NeSDS 23) and from customers who were not anonymous. */
export async function channelFacts(db: Db, span: Span) {
  const rows = await db
    .selectFrom('contacts as c')
    .innerJoin('customer_types as ct', 'ct.id', 'c.customer_type_id')
    .select([
      'c.channel',
      sql<number>`count(*)`.as('contacts'),
      sql<number>`sum(c.identity_check <> 'not_needed')`.as('checked'),
      sql<number>`sum(c.customer_id is not null)`.as('linked'),
      sql<number>`sum(ct.is_anonymous = 0)`.as('identifiable'),
    ])
    .where('c.started_at', '>=', span.from)
    .where('c.started_at', '<', span.to)
    .where('c.voided_at', 'is', null)
    .groupBy('c.channel')
    .execute();
  const contactsByFamily = byFamily(() => 0);
  const identityChecks = byFamily(() => ({ contacts: 0, checked: 0 }));
  const linkedByFamily = byFamily(() => 0);
  let linked = 0;
  let identifiable = 0;
  for (const r of rows) {
    const family = CHANNEL_FAMILY_OF[r.channel as Channel];
    contactsByFamily[family] += Number(r.contacts);
    identityChecks[family].contacts += Number(r.contacts);
    identityChecks[family].checked += Number(r.checked);
    linkedByFamily[family] += Number(r.linked);
    linked += Number(r.linked);
    identifiable += Number(r.identifiable);
  }
  return {
    contacts: rows.reduce((n, r) => n + Number(r.contacts), 0),
    contactsByFamily,
    identityChecks,
    linked,
    identifiable,
    familiesLinked: CHANNEL_FAMILIES.filter((f) => linkedByFamily[f] > 0),
  };
}

/** NeSDS 1: the BVPI 157 interaction types, and those used by email, web form or SMS. */
export async function selfServiceFacts(db: Db, span: Span) {
  const types = await db
    .selectFrom('interaction_types')
    .select(['id', 'name'])
    .where('bvpi157', '=', 1)
    .where('active', '=', 1)
    .orderBy('sort_order')
    .execute();
  const used = await db
    .selectFrom('contacts')
    .select('interaction_type_id')
    .distinct()
    .where('channel', 'in', ['email', 'web_form', 'sms'])
    .where('started_at', '>=', span.from)
    .where('started_at', '<', span.to)
    .where('voided_at', 'is', null)
    .execute();
  const usedIds = new Set(used.map((u) => u.interaction_type_id));
  return {
    bvpi157Types: types.map((t) => t.name),
    electronicTypes: types.filter((t) => usedIds.has(t.id)).map((t) => t.name),
  };
}

export async function extendedHours(db: Db): Promise<EvidenceFacts['extendedHours']> {
  const sites = await db
    .selectFrom('sites')
    .select(['name', 'opening_hours'])
    .where('active', '=', 1)
    .orderBy('sort_order')
    .execute();
  return sites.flatMap((site) => {
    const hours = openingHoursSchema.safeParse(JSON.parse(site.opening_hours));
    const beyond = hours.success ? hoursBeyondNineToFive(hours.data) : [];
    return beyond.length > 0 ? [{ site: site.name, when: beyond.join(', ') }] : [];
  });
}

/** NeSDS 4 and 24: offers made, hand-offs with their due dates, and partner referrals. */
export async function proactiveFacts(db: Db, span: Span) {
  const offers = await db
    .selectFrom('contact_offers as o')
    .innerJoin('contacts as c', 'c.id', 'o.contact_id')
    .select([
      sql<number>`count(*)`.as('made'),
      sql<number>`coalesce(sum(o.response = 'accepted'), 0)`.as('accepted'),
    ])
    .where('c.started_at', '>=', span.from)
    .where('c.started_at', '<', span.to)
    .where('c.voided_at', 'is', null)
    .executeTakeFirstOrThrow();
  const handOffs = await db
    .selectFrom('hand_offs')
    .select([
      sql<number>`count(*)`.as('total'),
      sql<number>`coalesce(sum(due_at is not null), 0)`.as('withDueDate'),
      // A change of address is entered once and sent to every service: nothing re-captured.
      sql<number>`coalesce(sum(contact_id is not null or origin = 'change_of_address'), 0)`.as(
        'fromContact',
      ),
      sql<number>`coalesce(sum(origin = 'change_of_address'), 0)`.as('changeOfAddress'),
    ])
    .where('created_at', '>=', span.from)
    .where('created_at', '<', span.to)
    .executeTakeFirstOrThrow();
  const referrals = await db
    .selectFrom('contacts')
    .select(sql<number>`count(*)`.as('n'))
    .where('outcome', '=', 'referred_to_partner')
    .where('started_at', '>=', span.from)
    .where('started_at', '<', span.to)
    .where('voided_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    offers: { made: Number(offers.made), accepted: Number(offers.accepted) },
    handOffs: {
      total: Number(handOffs.total),
      withDueDate: Number(handOffs.withDueDate),
      fromContact: Number(handOffs.fromContact),
      changeOfAddress: Number(handOffs.changeOfAddress),
    },
    partnerReferrals: Number(referrals.n),
  };
}

/** NeSDS 22: the departments behind the active services, and any without a named contact
 * or an escalation point. */
export async function departmentFacts(db: Db): Promise<EvidenceFacts['departments']> {
  const rows = await db
    .selectFrom('departments as d')
    .select(['d.name', 'd.contact_name', 'd.escalation_contact'])
    .where('d.active', '=', 1)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('services as s')
          .select('s.id')
          .whereRef('s.department_id', '=', 'd.id')
          .where('s.active', '=', 1),
      ),
    )
    .orderBy('d.name')
    .execute();
  const blank = (v: string | null) => !v || v.trim() === '';
  return {
    total: rows.length,
    withoutNamedContact: rows.filter((r) => blank(r.contact_name)).map((r) => r.name),
    withoutEscalation: rows.filter((r) => blank(r.escalation_contact)).map((r) => r.name),
  };
}

/** NeSDS 23: the kinds of customer account that hold contacts of the period. */
export async function accountTypes(db: Db, span: Span): Promise<string[]> {
  // From the period's contacts to their customers: a month's contacts are far fewer than a
  // council's customers.
  const rows = await db
    .selectFrom('contacts as c')
    .innerJoin('customers as cu', 'cu.id', 'c.customer_id')
    .select('cu.kind')
    .distinct()
    .where('c.started_at', '>=', span.from)
    .where('c.started_at', '<', span.to)
    .where('c.voided_at', 'is', null)
    .execute();
  const LABELS = { citizen: 'Citizen', business: 'Business', community_group: 'Community group' };
  return (['citizen', 'business', 'community_group'] as const)
    .filter((k) => rows.some((r) => r.kind === k))
    .map((k) => LABELS[k]);
}

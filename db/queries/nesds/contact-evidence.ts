// The NeSDS evidence read from a period's contacts (electron/api/nesds/records.ts grades
// it): how many came by each channel and what was checked and linked, the enquiries sent
// electronically, and the kinds of customer account behind them. Voided contacts (recorded
// in error, issue 19) are evidence of nothing and are left out throughout.
import { sql } from 'kysely';
import type { Channel } from '../../../shared/domain/channels';
import type { CustomerTable } from '../../schema';
import type { ReadableDB } from '../../handles';
import { engineOf } from '../../engine/engine';
import type { Span } from './span';

export interface ChannelCounts {
  channel: Channel;
  contacts: number;
  /** Whose identity was checked (NeSDS 25). */
  checked: number;
  /** Kept on a customer's record (NeSDS 23). */
  linked: number;
  /** From a type of customer who is not anonymous. */
  identifiable: number;
}

/** The period's contacts counted by channel. */
export async function contactsByChannel(db: ReadableDB, span: Span): Promise<ChannelCounts[]> {
  const e = engineOf(db);
  const rows = await db
    .selectFrom('contacts as c')
    .innerJoin('customer_types as ct', 'ct.id', 'c.customer_type_id')
    .select([
      'c.channel',
      sql<number>`count(*)`.as('contacts'),
      e.countWhere(sql`c.identity_check <> 'not_needed'`).as('checked'),
      e.countWhere(sql`c.customer_id is not null`).as('linked'),
      e.countWhere(sql`ct.is_anonymous = 0`).as('identifiable'),
    ])
    .where('c.started_at', '>=', span.from)
    .where('c.started_at', '<', span.to)
    .where('c.voided_at', 'is', null)
    .groupBy('c.channel')
    .execute();
  return rows.map((r) => ({
    channel: r.channel as Channel,
    contacts: Number(r.contacts),
    checked: Number(r.checked),
    linked: Number(r.linked),
    identifiable: Number(r.identifiable),
  }));
}

/** NeSDS 1: the interaction types of the period's contacts by email, web form or SMS. */
export async function electronicInteractionTypeIds(
  db: ReadableDB,
  span: Span,
): Promise<Set<string>> {
  const used = await db
    .selectFrom('contacts')
    .select('interaction_type_id')
    .distinct()
    .where('channel', 'in', ['email', 'web_form', 'sms'])
    .where('started_at', '>=', span.from)
    .where('started_at', '<', span.to)
    .where('voided_at', 'is', null)
    .execute();
  return new Set(used.map((u) => u.interaction_type_id));
}

/** NeSDS 23: the kinds of customer account that hold contacts of the period. */
export async function accountKindsOfContacts(
  db: ReadableDB,
  span: Span,
): Promise<Set<CustomerTable['kind']>> {
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
  return new Set(rows.map((r) => r.kind));
}

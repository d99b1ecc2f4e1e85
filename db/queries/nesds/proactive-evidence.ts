// The NeSDS evidence of a proactive service (standards 4 and 24): offers made in the period's
// contacts, hand-offs made and whether they carried a due date, and partner referrals.
// Voided contacts (recorded in error, issue 19) are left out.
import { sql } from 'kysely';
import type { ReadableDB } from '../../handles';
import { engineOf } from '../../engine/engine';
import type { Span } from './span';

/** Offers made in the period's contacts, and how many the customer accepted. */
export async function offerCounts(db: ReadableDB, span: Span) {
  const e = engineOf(db);
  const offers = await db
    .selectFrom('contact_offers as o')
    .innerJoin('contacts as c', 'c.id', 'o.contact_id')
    .select([
      sql<number>`count(*)`.as('made'),
      sql<number>`coalesce(${e.countWhere(sql`o.response = 'accepted'`)}, 0)`.as('accepted'),
    ])
    .where('c.started_at', '>=', span.from)
    .where('c.started_at', '<', span.to)
    .where('c.voided_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { made: Number(offers.made), accepted: Number(offers.accepted) };
}

/** Hand-offs made in the period: with a due date, from a contact, and changes of address. */
export async function handOffCounts(db: ReadableDB, span: Span) {
  const e = engineOf(db);
  const handOffs = await db
    .selectFrom('hand_offs')
    .select([
      sql<number>`count(*)`.as('total'),
      sql<number>`coalesce(${e.countWhere(sql`due_at is not null`)}, 0)`.as('withDueDate'),
      // A change of address is entered once and sent to every service: nothing re-captured.
      sql<number>`coalesce(${e.countWhere(sql`contact_id is not null or origin = 'change_of_address'`)}, 0)`.as(
        'fromContact',
      ),
      sql<number>`coalesce(${e.countWhere(sql`origin = 'change_of_address'`)}, 0)`.as(
        'changeOfAddress',
      ),
    ])
    .where('created_at', '>=', span.from)
    .where('created_at', '<', span.to)
    .executeTakeFirstOrThrow();
  return {
    total: Number(handOffs.total),
    withDueDate: Number(handOffs.withDueDate),
    fromContact: Number(handOffs.fromContact),
    changeOfAddress: Number(handOffs.changeOfAddress),
  };
}

/** Contacts of the period ended by referring the customer to a partner. */
export async function partnerReferrals(db: ReadableDB, span: Span): Promise<number> {
  const referrals = await db
    .selectFrom('contacts')
    .select(sql<number>`count(*)`.as('n'))
    .where('outcome', '=', 'referred_to_partner')
    .where('started_at', '>=', span.from)
    .where('started_at', '<', span.to)
    .where('voided_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(referrals.n);
}

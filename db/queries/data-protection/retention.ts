// What is past the council's retention periods (UK GDPR Art. 5(1)(e)), and what is still
// open. A customer's last contact is the latest thing that happened on their record: a
// contact, visit, appointment, letter or its reply, hand-off, complaint, or a change to the
// record itself. Each kind is checked by its customer index, so a large register stays quick.
import { sql } from 'kysely';
import type { ReadableDB } from '../../handles';
import { stillPersonalSql } from './anonymise';

/** Each kind of record by customer, and the instants that count as contact on it. */
const ACTIVITY: [table: string, columns: string[]][] = [
  ['contacts', ['started_at', 'updated_at']],
  ['visits', ['arrived_at', 'updated_at']],
  ['appointments', ['starts_at', 'booked_at']],
  ['correspondence', ['received_at', 'updated_at']],
  ['hand_offs', ['created_at', 'status_at']],
  ['feedback', ['received_at', 'updated_at']],
];

/** A customer's case still running: erasing or anonymising now would be wrong. */
export interface OpenCase {
  kind: 'letter' | 'hand_off' | 'complaint' | 'visit';
  /** The reference the customer was given, or the ticket of a visit. */
  reference: string;
}

/** Where each kind of open case is found, and how it is named. */
const OPEN_CASES = sql<OpenCase & { customer_id: string }>`
  select 'letter' as kind, reference, customer_id from correspondence where status = 'open'
  union all
  select 'hand_off', reference, customer_id from hand_offs where status in ('open', 'accepted')
  union all
  select 'complaint', reference, customer_id from feedback where status = 'open'
  union all
  select 'visit', ticket, customer_id from visits
    where state in ('waiting', 'called', 'in_service', 'on_hold')`;

/** The open cases of these customers (a customer and the records merged into it). */
export async function openCasesOf(db: ReadableDB, customerIds: readonly string[]) {
  if (customerIds.length === 0) return [];
  const rows = await sql<OpenCase & { customer_id: string }>`
    select kind, reference, customer_id from (${OPEN_CASES}) as o
    where customer_id in (${sql.join(customerIds)}) order by kind, reference`.execute(db);
  return rows.rows;
}

/**
 * Customers whose last contact was before `cutoff` and whose details are still held, with
 * whether a case of theirs is still open (those wait until it closes).
 */
export async function customersPastRetention(
  db: ReadableDB,
  cutoff: string,
): Promise<{ id: string; open: boolean }[]> {
  const recent = ACTIVITY.map(
    ([table, columns]) =>
      sql`not exists (select 1 from ${sql.table(table)} x where x.customer_id = c.id and (${sql.join(
        columns.map((col) => sql`${sql.ref(`x.${col}`)} >= ${cutoff}`),
        sql` or `,
      )}))`,
  );
  const rows = await sql<{ id: string; open: number }>`
    select c.id, exists (select 1 from (${OPEN_CASES}) o where o.customer_id = c.id) as open
    from customers c
    where c.anonymised_at is null and c.created_at < ${cutoff} and c.updated_at < ${cutoff}
      and ${sql.join(recent, sql` and `)}
    order by c.id`.execute(db);
  return rows.rows.map((r) => ({ id: r.id, open: r.open === 1 }));
}

/** Visits and appointments with a name given at the desk but no customer record, before `cutoff`. */
export async function visitorNamesPastRetention(db: ReadableDB, cutoff: string) {
  const visits = await db
    .selectFrom('visits as v')
    .select('v.id')
    .where('v.customer_id', 'is', null)
    .where('v.arrived_at', '<', cutoff)
    .where('v.state', 'in', ['done', 'left', 'no_show'])
    .where(stillPersonalSql('visits', 'v'))
    .execute();
  const appointments = await db
    .selectFrom('appointments as a')
    .select('a.id')
    .where('a.customer_id', 'is', null)
    .where('a.starts_at', '<', cutoff)
    .where(stillPersonalSql('appointments', 'a'))
    .execute();
  return { visits: visits.map((r) => r.id), appointments: appointments.map((r) => r.id) };
}

/** Closed letters, contacts, hand-offs and complaints with no customer record, before `cutoff`. */
export async function unlinkedRecordsPastRetention(db: ReadableDB, cutoff: string) {
  const [contacts, correspondence, handOffs, feedback] = await Promise.all([
    db
      .selectFrom('contacts as x')
      .select('x.id')
      .where('x.customer_id', 'is', null)
      .where('x.started_at', '<', cutoff)
      // A survey comment can name them even where the contact's notes are empty.
      .where(
        sql<boolean>`(${stillPersonalSql('contacts', 'x')} or exists (select 1 from satisfaction_surveys s
          where s.contact_id = x.id and ${stillPersonalSql('satisfaction_surveys', 's')}))`,
      )
      .execute(),
    db
      .selectFrom('correspondence as x')
      .select('x.id')
      .where('x.customer_id', 'is', null)
      .where('x.status', '=', 'closed')
      .where('x.received_at', '<', cutoff)
      .where(stillPersonalSql('correspondence', 'x'))
      .execute(),
    db
      .selectFrom('hand_offs as x')
      .select('x.id')
      .where('x.customer_id', 'is', null)
      .where('x.status', 'not in', ['open', 'accepted'])
      .where('x.created_at', '<', cutoff)
      .where(stillPersonalSql('hand_offs', 'x'))
      .execute(),
    db
      .selectFrom('feedback as x')
      .select('x.id')
      .where('x.customer_id', 'is', null)
      .where('x.status', '=', 'closed')
      .where('x.received_at', '<', cutoff)
      .where(stillPersonalSql('feedback', 'x'))
      .execute(),
  ]);
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  return {
    contacts: ids(contacts),
    correspondence: ids(correspondence),
    hand_offs: ids(handOffs),
    feedback: ids(feedback),
  };
}

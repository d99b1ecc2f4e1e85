// What the single view's timeline reads of one customer's contacts, visits and letters (their
// hand-offs and feedback come from those domains' own views).
import type { ReadableDB } from '../../handles';

/** The customer's contacts, void ones included (they stay on the history, struck through). */
export function contactsOfCustomer(db: ReadableDB, customerId: string) {
  return db
    .selectFrom('contacts as c')
    .innerJoin('services as s', 's.id', 'c.service_id')
    .leftJoin('departments as d', 'd.id', 'c.department_id')
    .leftJoin('staff as vs', 'vs.id', 'c.voided_by')
    .select([
      'c.id',
      'c.started_at',
      'c.channel',
      'c.outcome',
      'c.notes',
      's.name as service',
      'd.name as department',
      'c.voided_at',
      'c.void_reason',
      'vs.display_name as voided_by_name',
    ])
    .where('c.customer_id', '=', customerId)
    .execute();
}

export function visitsOfCustomer(db: ReadableDB, customerId: string) {
  return db
    .selectFrom('visits as v')
    .innerJoin('services as s', 's.id', 'v.first_service_id')
    .innerJoin('sites as si', 'si.id', 'v.site_id')
    .select(['v.id', 'v.arrived_at', 'v.ticket', 'v.state', 's.name as service', 'si.name as site'])
    .where('v.customer_id', '=', customerId)
    .execute();
}

export function lettersOfCustomer(db: ReadableDB, customerId: string) {
  return db
    .selectFrom('correspondence as c')
    .innerJoin('services as s', 's.id', 'c.service_id')
    .select([
      'c.id',
      'c.received_at',
      'c.reference',
      'c.channel',
      'c.subject',
      'c.status',
      'c.due_date',
      'c.responded_at',
      's.name as service',
    ])
    .where('c.customer_id', '=', customerId)
    .execute();
}

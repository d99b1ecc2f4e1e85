// What the single view's timeline reads of one customer's contacts, visits and letters (their
// hand-offs and feedback come from those domains' own views).
import type { ReadableDB } from '../../handles';

/**
 * The part of the history asked for: entries that started before `before` (the council server
 * answering a joined desk for what it no longer holds, issue 21), newest first, at most `limit`.
 * With neither, the whole history, in no order (the single view sorts it).
 */
export interface HistoryWindow {
  before?: string;
  limit?: number;
}

/** The customer's contacts, void ones included (they stay on the history, struck through). */
export function contactsOfCustomer(db: ReadableDB, customerId: string, window: HistoryWindow = {}) {
  let query = db
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
    .where('c.customer_id', '=', customerId);
  if (window.before !== undefined) query = query.where('c.started_at', '<', window.before);
  if (window.limit !== undefined) query = query.orderBy('c.started_at', 'desc').limit(window.limit);
  return query.execute();
}

export function visitsOfCustomer(db: ReadableDB, customerId: string, window: HistoryWindow = {}) {
  let query = db
    .selectFrom('visits as v')
    .innerJoin('services as s', 's.id', 'v.first_service_id')
    .innerJoin('sites as si', 'si.id', 'v.site_id')
    .select(['v.id', 'v.arrived_at', 'v.ticket', 'v.state', 's.name as service', 'si.name as site'])
    .where('v.customer_id', '=', customerId);
  if (window.before !== undefined) query = query.where('v.arrived_at', '<', window.before);
  if (window.limit !== undefined) query = query.orderBy('v.arrived_at', 'desc').limit(window.limit);
  return query.execute();
}

export function lettersOfCustomer(db: ReadableDB, customerId: string, window: HistoryWindow = {}) {
  let query = db
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
    .where('c.customer_id', '=', customerId);
  if (window.before !== undefined) query = query.where('c.received_at', '<', window.before);
  if (window.limit !== undefined)
    query = query.orderBy('c.received_at', 'desc').limit(window.limit);
  return query.execute();
}

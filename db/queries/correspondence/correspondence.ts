import type { Db, Tx } from '../../write';

/** Correspondence with the names a work list shows. */
export function selectItems(db: Db | Tx) {
  return db
    .selectFrom('correspondence as c')
    .innerJoin('services as s', 's.id', 'c.service_id')
    .leftJoin('customers as cu', 'cu.id', 'c.customer_id')
    .leftJoin('staff as a', 'a.id', 'c.assigned_to')
    .leftJoin('staff as r', 'r.id', 'c.responded_by')
    .leftJoin('departments as d', 'd.id', 'c.department_id')
    .selectAll('c')
    .select([
      's.name as service_name',
      'cu.display_name as customer_name',
      'a.display_name as assigned_name',
      'a.team as assigned_team',
      'r.display_name as responded_name',
      'd.name as department_name',
    ]);
}

export type ItemRow = Awaited<
  ReturnType<ReturnType<typeof selectItems>['executeTakeFirstOrThrow']>
>;

export async function holdingRepliesFor(db: Db | Tx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('holding_replies as h')
    .innerJoin('staff as s', 's.id', 'h.sent_by')
    .select([
      'h.correspondence_id',
      'h.sent_at',
      'h.reason',
      'h.expected_date',
      's.display_name as sent_by_name',
    ])
    .where('h.correspondence_id', 'in', ids)
    .orderBy('h.sent_at')
    .execute();
}

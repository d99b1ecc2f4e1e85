// The repeat-contact flag worked out for every contact at once (the rule of the triggers in
// migrations 0007 and 0021, voided contacts on neither side): for bulk loads, which drop
// those triggers while they insert millions of rows, since the triggers' per-row search
// would otherwise run against unindexed tables.
import type BetterSqlite3 from 'better-sqlite3';

export const REPEAT_TRIGGERS_LIKE = 'contacts_repeat_%';

export function markRepeatedContacts(sqlite: BetterSqlite3.Database): void {
  sqlite.exec(`update contacts set repeated = (direction = 'inbound' and outcome = 'resolved'
    and voided_at is null and customer_id is not null and exists (select 1 from contacts r
      where r.customer_id = contacts.customer_id and r.service_id = contacts.service_id
        and r.direction = 'inbound' and r.voided_at is null and r.started_at > contacts.started_at
        and r.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', contacts.started_at, '+7 days')))`);
}

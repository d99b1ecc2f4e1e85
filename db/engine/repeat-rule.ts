// The repeat-contact rule in SQL, written once for both engines (shared/metrics/fcr.ts
// `firstContactResolution`, and the triggers of migrations 0007 and 0021): only the window
// test differs between SQLite and PostgreSQL, so each engine module passes its own in.
import { sql, type RawBuilder } from 'kysely';

type WindowTest = (
  startedAt: RawBuilder<unknown>,
  laterAt: RawBuilder<unknown>,
) => RawBuilder<unknown>;

/**
 * Whether contact row `c` (a table name or alias) is a repeated resolved contact: resolved,
 * inbound, from a known customer, and followed within the window by another inbound contact
 * from them about the same service; voided contacts on neither side.
 */
export function repeatedContactWith(followsWithinWindow: WindowTest) {
  return (c: string): RawBuilder<number> => {
    const row = (column: string) => sql.ref(`${c}.${column}`);
    return sql<number>`(${row('direction')} = 'inbound' and ${row('outcome')} = 'resolved'
      and ${row('voided_at')} is null and ${row('customer_id')} is not null
      and exists (select 1 from contacts r
        where r.customer_id = ${row('customer_id')} and r.service_id = ${row('service_id')}
          and r.direction = 'inbound' and r.voided_at is null
          and ${followsWithinWindow(row('started_at'), sql`r.started_at`)}))`;
  };
}

// An erasure made on another desk reaches this one (UK GDPR Article 17; issue 21: a customer's
// record reads the same on every desk). The erasing desk blanks the customer by a logged update,
// which travels, and the records on them without logging (data-protection/anonymise.ts: an entry
// a row would copy the very details being removed). So a desk that applies the customer's
// anonymisation blanks what it holds the same way, and a record of an anonymised customer that
// arrives later (saved on a desk that was offline then) is blanked as it arrives.
import { sql } from 'kysely';
import type { WritableDB } from '../../handles';
import {
  BLANKED_CHILDREN,
  blankHeldRecords,
  blankRows,
  blankWithChildren,
  CUSTOMER_RECORDS,
  customerFamily,
  type BlankedTable,
} from '../data-protection/anonymise';

const ON_CUSTOMERS: ReadonlySet<string> = new Set(CUSTOMER_RECORDS);

/** Whether the customer a row of `table` belongs to (through `via`, its parent) is anonymised. */
async function ofAnonymisedCustomer(
  tx: WritableDB,
  table: string,
  id: string,
  via?: { parent: string; column: string },
): Promise<boolean> {
  const owner = via
    ? sql`${sql.table(table)} x join ${sql.table(via.parent)} r on r.id = ${sql.ref(`x.${via.column}`)}`
    : sql`${sql.table(table)} r`;
  const found = await sql<{ n: number }>`select count(*) as n from ${owner}
    join customers c on c.id = r.customer_id
    where ${sql.ref(via ? 'x.id' : 'r.id')} = ${id} and c.anonymised_at is not null`.execute(tx);
  return Number(found.rows[0]?.n ?? 0) > 0;
}

/**
 * After a pulled change to `entity` row `id` has settled: blanks what an erasure made elsewhere
 * covers. `wasAnonymised`: the customer row was anonymised before this change (nothing new).
 */
export async function keepErasures(
  tx: WritableDB,
  entity: string,
  id: string,
  wasAnonymised: boolean,
): Promise<void> {
  if (entity === 'customers') {
    if (wasAnonymised) return;
    const row = await tx
      .selectFrom('customers')
      .select('anonymised_at')
      .where('id', '=', id)
      .executeTakeFirst();
    if (row?.anonymised_at) await blankHeldRecords(tx, await customerFamily(tx, id));
    return;
  }
  if (ON_CUSTOMERS.has(entity)) {
    if (await ofAnonymisedCustomer(tx, entity, id)) {
      await blankWithChildren(tx, entity as BlankedTable, [id]);
    }
    return;
  }
  for (const [parent, link] of Object.entries(BLANKED_CHILDREN)) {
    if (link[0] !== entity) continue;
    if (await ofAnonymisedCustomer(tx, entity, id, { parent, column: link[1] })) {
      await blankRows(tx, link[0], [id]);
    }
  }
}

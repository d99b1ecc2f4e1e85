// The access log (migration 0016): each look at personal data, who and when. Append-only;
// a leader reads one customer's part of it as "who looked at this record".
import type { AccessAction } from '../../schema';
import type { ReadableDB, WritableDB } from '../../handles';
import { newId } from '../../write';

export interface AccessEntry {
  staffId: string;
  siteId: string;
  action: AccessAction;
  customerId?: string | null;
  subject: string;
}

export async function recordAccess(tx: WritableDB, at: Date, entry: AccessEntry): Promise<void> {
  await tx
    .insertInto('access_log')
    .values({
      id: newId(),
      at: at.toISOString(),
      staff_id: entry.staffId,
      site_id: entry.siteId,
      action: entry.action,
      customer_id: entry.customerId ?? null,
      subject: entry.subject,
    })
    .execute();
}

/** The latest looks at one customer's data, newest first, with who and where. */
export function accessToCustomer(db: ReadableDB, customerId: string, limit: number) {
  return db
    .selectFrom('access_log as a')
    .innerJoin('staff as s', 's.id', 'a.staff_id')
    .innerJoin('sites as si', 'si.id', 'a.site_id')
    .select([
      'a.at',
      'a.action',
      'a.subject',
      's.display_name as staff_name',
      'si.name as site_name',
    ])
    .where('a.customer_id', '=', customerId)
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
}

export async function countAccessToCustomer(db: ReadableDB, customerId: string): Promise<number> {
  const row = await db
    .selectFrom('access_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('customer_id', '=', customerId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The words of searches made before `before`, blanked: names typed to find someone are
 * personal data, kept only as long as a name given at the desk (the retention run). */
export async function blankSearchWordsBefore(tx: WritableDB, before: string): Promise<number> {
  const result = await tx
    .updateTable('access_log')
    .set({ subject: SEARCH_WORDS_REMOVED })
    .where('action', '=', 'searched')
    .where('at', '<', before)
    .where('subject', '!=', SEARCH_WORDS_REMOVED)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export const SEARCH_WORDS_REMOVED = 'Removed (anonymised)';

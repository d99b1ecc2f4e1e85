// Who a report covers (electron/reports/report-context.ts): one adviser by name, or the
// members of a team, so every figure filters by the same staff ids.
import type { ReadableDB } from '../../handles';

/** The adviser's display name, or undefined when no one has the id. */
export async function staffDisplayName(db: ReadableDB, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('staff')
    .select('display_name')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.display_name;
}

/** The ids of everyone in the team, open accounts and closed. */
export async function teamMemberIds(db: ReadableDB, team: string): Promise<string[]> {
  const rows = await db.selectFrom('staff').select('id').where('team', '=', team).execute();
  return rows.map((r) => r.id);
}

// What a team leader can narrow the figures to: the active advisers, with their teams.
import type { ReadableDB } from '../../handles';

export interface ScopeAdviser {
  id: string;
  name: string;
  team: string | null;
}

/** Active members of staff by name. */
export function activeAdvisers(db: ReadableDB): Promise<ScopeAdviser[]> {
  return db
    .selectFrom('staff')
    .select(['id', 'display_name as name', 'team'])
    .where('active', '=', 1)
    .orderBy('display_name')
    .execute();
}

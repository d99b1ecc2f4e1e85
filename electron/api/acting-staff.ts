// The member of staff behind a call, as the access rules (shared/api/access-rules.ts) need
// them, and the one way a handler refuses what those rules do not allow.
import type { ActingStaff } from '../../shared/api/access-rules';
import { ApiFailure } from '../../shared/api/errors';
import type { ApiContext, Call } from './context';

/** Id and role from the session (dispatch re-reads the role on every call); team from the staff table. */
export async function actingStaff(ctx: ApiContext, call: Call): Promise<ActingStaff> {
  const session = call.requireSession();
  const row = await ctx.db
    .selectFrom('staff')
    .select('team')
    .where('id', '=', session.staffId)
    .executeTakeFirst();
  return { id: session.staffId, role: session.role, team: row?.team ?? null };
}

/** Refuses, in the words given, what an access rule does not allow; nothing is written. */
export function refuseUnless(allowed: boolean, message: string): void {
  if (!allowed) throw new ApiFailure('FORBIDDEN', message);
}

// The member of staff behind a call, as the access rules (shared/api/access-rules.ts) need
// them, and the one way a handler refuses what those rules do not allow.
import type { ActingStaff } from '../../shared/api/access-rules';
import { ApiFailure } from '../../shared/api/errors';
import { teamOf } from '../../db/queries/staff/staff';
import type { ApiContext, Call } from './context';

/** Id and role from the session (dispatch re-reads the role on every call); team from the staff table. */
export async function actingStaff(ctx: ApiContext, call: Call): Promise<ActingStaff> {
  const session = call.requireSession();
  return { id: session.staffId, role: session.role, team: await teamOf(ctx.db, session.staffId) };
}

/** Refuses, in the words given, what an access rule does not allow; nothing is written. */
export function refuseUnless(allowed: boolean, message: string): void {
  if (!allowed) throw new ApiFailure('FORBIDDEN', message);
}

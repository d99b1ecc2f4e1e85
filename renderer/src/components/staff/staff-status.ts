import type { StaffMember } from '../../../../shared/api';
import { formatTime } from '../../format';

/** An account's standing in words (never by colour alone), with any wait after wrong passwords. */
export function statusOf(member: StaffMember): string {
  if (!member.active) return 'Retired: cannot sign in';
  const status = member.mustChangePassword ? 'Active: has a one-time password' : 'Active';
  const wait = member.signInWait;
  if (!wait) return status;
  return wait.locked
    ? `${status}. Sign-in locked after 10 wrong passwords, until ${formatTime(wait.until)}`
    : `${status}. Must wait after wrong passwords, until ${formatTime(wait.until)}`;
}

export const ROLES = ['adviser', 'team_leader', 'administrator', 'display'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  adviser: 'Adviser',
  team_leader: 'Team leader',
  administrator: 'Administrator',
  display: 'Waiting-area display',
};

/**
 * Whether a member of staff is at their screen (issue 19): signed in with a session that is
 * unlocked and has not gone idle past the council's lock time. A desk is staffed only while
 * the person it is open for is `present`; reception's estimate counts no other desk.
 */
export type StaffPresence = 'present' | 'locked' | 'idle' | 'signed_out';

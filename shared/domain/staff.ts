export const ROLES = ['adviser', 'team_leader', 'administrator', 'display'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  adviser: 'Adviser',
  team_leader: 'Team leader',
  administrator: 'Administrator',
  display: 'Waiting-area display',
};

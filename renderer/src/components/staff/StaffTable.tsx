import type { FormEvent } from 'react';
import type { StaffMember } from '../../../../shared/api';
import { ROLE_LABELS, ROLES } from '../../../../shared/domain/staff';
import { statusOf } from './staff-status';

/** Every account, with what an administrator can do to each; retired ones are read-only. */
export function StaffTable({
  staff,
  onChangeRole,
  onUnlock,
  onReset,
  onMove,
  onRetire,
}: {
  staff: StaffMember[];
  onChangeRole: (event: FormEvent<HTMLFormElement>, member: StaffMember) => void;
  onUnlock: (member: StaffMember) => void;
  onReset: (member: StaffMember) => void;
  onMove: (member: StaffMember) => void;
  onRetire: (member: StaffMember) => void;
}) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Username</th>
          <th scope="col">Usual site</th>
          <th scope="col">Team</th>
          <th scope="col">Status</th>
          <th scope="col">Role</th>
          <th scope="col">Password and account</th>
        </tr>
      </thead>
      <tbody>
        {staff.map((member) => (
          <tr key={member.id}>
            <th scope="row">{member.displayName}</th>
            <td>{member.username}</td>
            <td>{member.site.name}</td>
            <td>{member.team ?? '—'}</td>
            <td>{statusOf(member)}</td>
            <td>
              {member.active ? (
                <form className="row-actions" onSubmit={(e) => onChangeRole(e, member)}>
                  <select
                    name="role"
                    defaultValue={member.role}
                    aria-label={`Role of ${member.displayName}`}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {ROLE_LABELS[role]}
                      </option>
                    ))}
                  </select>
                  <button type="submit" aria-label={`Change the role of ${member.displayName}`}>
                    Change
                  </button>
                </form>
              ) : (
                ROLE_LABELS[member.role]
              )}
            </td>
            <td>
              {member.active && (
                <div className="row-actions">
                  {member.signInWait && (
                    <button
                      type="button"
                      aria-label={`Unlock sign-in for ${member.displayName}`}
                      onClick={() => onUnlock(member)}
                    >
                      Unlock sign-in
                    </button>
                  )}
                  <button
                    type="button"
                    aria-label={`Reset password for ${member.displayName}`}
                    onClick={() => onReset(member)}
                  >
                    Reset password
                  </button>
                  <button
                    type="button"
                    aria-label={`Change the site or team of ${member.displayName}`}
                    onClick={() => onMove(member)}
                  >
                    Site or team
                  </button>
                  <button
                    type="button"
                    aria-label={`Retire ${member.displayName}`}
                    onClick={() => onRetire(member)}
                  >
                    Retire
                  </button>
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { StaffMember, StaffWithPassword } from '../../../shared/api';
import { ROLE_LABELS, ROLES, type Role } from '../../../shared/domain/staff';
import { ErrorSummary, problemsOf, type FieldProblem } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { MoveStaffPanel } from '../components/staff/MoveStaffPanel';
import { OneTimePasswordPanel } from '../components/staff/OneTimePasswordPanel';
import { StaffTable } from '../components/staff/StaffTable';
import { textOf } from '../form-data';
import { selectSites, selectTeams, useAppStore } from '../store';
import { callApi } from '../api/client';

/**
 * An administrator's staff accounts (go-live issue, item 2): add staff, reset a password,
 * retire an account, change a role. A new or reset password is a one-time password shown
 * here once; the person must choose their own when they first sign in.
 */
export function Staff() {
  const sites = useAppStore(selectSites);
  const teams = useAppStore(selectTeams);
  const announce = useAppStore((s) => s.announce);
  const [staff, setStaff] = useState<StaffMember[] | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [actionError, setActionError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [issued, setIssued] = useState<StaffWithPassword | null>(null);
  const [retiring, setRetiring] = useState<StaffMember | null>(null);
  const [moving, setMoving] = useState<StaffMember | null>(null);
  const [busy, setBusy] = useState(false);
  const retireRef = useRef<HTMLButtonElement>(null);
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;

  const load = useCallback(async () => {
    const result = await callApi('staff.accounts', {});
    if (result.ok) setStaff(result.value);
    else setActionError(result.error.message);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (retiring) retireRef.current?.focus();
  }, [retiring]);

  function clearMessages() {
    setActionError(null);
    setDone(null);
    setIssued(null);
  }

  async function afterChange(message: string) {
    setDone(message);
    announce(message);
    await load();
  }

  async function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    clearMessages();
    setBusy(true);
    const team = textOf(data, 'team').trim();
    const result = await callApi('staff.add', {
      displayName: textOf(data, 'displayName'),
      username: textOf(data, 'username'),
      role: textOf(data, 'role') as Role,
      siteId: textOf(data, 'siteId'),
      ...(team ? { team } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setProblems(problemsOf(result.error));
      return;
    }
    setProblems([]);
    form.reset();
    setIssued(result.value);
    await load();
  }

  async function resetPassword(member: StaffMember) {
    clearMessages();
    const result = await callApi('staff.resetPassword', {
      staffId: member.id,
    });
    if (!result.ok) return setActionError(result.error.message);
    setIssued(result.value);
    await load();
  }

  async function unlockSignIn(member: StaffMember) {
    clearMessages();
    const result = await callApi('auth.unlockAccount', {
      username: member.username,
    });
    if (!result.ok) return setActionError(result.error.message);
    await afterChange(`${member.displayName} can sign in again at once.`);
  }

  async function retire(member: StaffMember) {
    clearMessages();
    setRetiring(null);
    const result = await callApi('staff.retire', { staffId: member.id });
    if (!result.ok) return setActionError(result.error.message);
    await afterChange(`${member.displayName}’s account is retired: they can no longer sign in.`);
  }

  async function changeRole(event: FormEvent<HTMLFormElement>, member: StaffMember) {
    event.preventDefault();
    clearMessages();
    const role = textOf(new FormData(event.currentTarget), 'role') as Role;
    const result = await callApi('staff.changeRole', {
      staffId: member.id,
      role,
    });
    if (!result.ok) return setActionError(result.error.message);
    await afterChange(`${member.displayName} is now ${ROLE_LABELS[role].toLowerCase()}.`);
  }

  return (
    <div className="staff-accounts">
      <h1>Staff accounts</h1>

      {issued && <OneTimePasswordPanel issued={issued} onHide={() => setIssued(null)} />}

      <form
        onSubmit={(e) => void onAdd(e)}
        noValidate
        className="panel"
        aria-labelledby="add-heading"
      >
        <h2 id="add-heading">Add a member of staff</h2>
        <ErrorSummary
          title="The member of staff was not added"
          problems={problems}
          idPrefix="add-staff"
        />
        <Field id="add-staff-displayName" label="Full name" error={errorOf('displayName')}>
          <input name="displayName" autoComplete="off" autoFocus required />
        </Field>
        <Field
          id="add-staff-username"
          label="Username"
          hint="At least 3 letters or numbers; dots, dashes and underscores allowed."
          error={errorOf('username')}
        >
          <input name="username" autoComplete="off" required />
        </Field>
        <Field id="add-staff-role" label="Role" error={errorOf('role')}>
          <select name="role" defaultValue="adviser">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="add-staff-siteId" label="Usual site" error={errorOf('siteId')}>
          <select name="siteId" defaultValue="">
            <option value="" disabled>
              Choose a site
            </option>
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="add-staff-team"
          label="Team (optional)"
          hint="Choose one of the council’s teams (Council lists, Alt+J) or type another."
          error={errorOf('team')}
        >
          <input name="team" autoComplete="off" list="add-staff-teams" />
        </Field>
        <datalist id="add-staff-teams">
          {teams.map((team) => (
            <option key={team.id} value={team.name} />
          ))}
        </datalist>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Adding…' : 'Add and make a one-time password'}
          </button>
        </div>
      </form>

      <section aria-labelledby="staff-list-heading">
        <h2 id="staff-list-heading">Everyone</h2>
        {actionError && (
          <p role="alert" className="error-text">
            <span aria-hidden="true">⚠ </span>
            {actionError}
          </p>
        )}
        {done && <p className="confirmation">✓ {done}</p>}
        {moving && (
          <MoveStaffPanel
            key={moving.id}
            member={moving}
            onCancel={() => setMoving(null)}
            onDone={(message) => {
              setMoving(null);
              void afterChange(message);
            }}
          />
        )}
        {retiring && (
          <div className="panel" role="group" aria-labelledby="retire-heading">
            <h3 id="retire-heading">Retire {retiring.displayName}?</h3>
            <p>
              They will no longer be able to sign in, and anyone signed in as them is signed out.
              Their records and history stay.
            </p>
            <div className="actions">
              <button
                type="button"
                className="primary"
                ref={retireRef}
                onClick={() => void retire(retiring)}
              >
                Yes, retire {retiring.displayName}
              </button>
              <button type="button" onClick={() => setRetiring(null)}>
                Keep the account
              </button>
            </div>
          </div>
        )}
        {!staff ? (
          <p aria-busy="true">Loading staff…</p>
        ) : (
          <StaffTable
            staff={staff}
            onChangeRole={(e, member) => void changeRole(e, member)}
            onUnlock={(member) => void unlockSignIn(member)}
            onReset={(member) => void resetPassword(member)}
            onMove={(member) => {
              clearMessages();
              setMoving(member);
            }}
            onRetire={(member) => {
              clearMessages();
              setRetiring(member);
            }}
          />
        )}
      </section>
    </div>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { StaffMember } from '../../../../shared/api';
import { textOf } from '../../form-data';
import { selectSites, selectTeams, useAppStore } from '../../store';
import { callApi } from '../../api/client';
import { ErrorSummary, problemsOf, type FieldProblem } from '../ErrorSummary';
import { Field } from '../Field';

/**
 * Someone moves to another site or team: their usual site (offered first at sign-in) and team
 * ("my team's items", the stats by team). A team typed for the first time joins the list.
 */
export function MoveStaffPanel({
  member,
  onDone,
  onCancel,
}: {
  member: StaffMember;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const sites = useAppStore(selectSites);
  const teams = useAppStore(selectTeams);
  const loadReference = useAppStore((s) => s.loadReference);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const firstField = useRef<HTMLSelectElement>(null);
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  useEffect(() => firstField.current?.focus(), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    const result = await callApi('staff.move', {
      staffId: member.id,
      siteId: textOf(data, 'siteId'),
      team: textOf(data, 'team'),
    });
    setBusy(false);
    if (!result.ok) return setProblems(problemsOf(result.error));
    await loadReference();
    const moved = result.value;
    onDone(
      `${moved.displayName} now works at ${moved.site.name}${moved.team ? `, in ${moved.team}` : ', in no team'}.`,
    );
  }

  return (
    <form
      className="panel"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby="move-staff-heading"
    >
      <h3 id="move-staff-heading">Change the site or team of {member.displayName}</h3>
      <ErrorSummary title="Nothing was changed" problems={problems} idPrefix="move-staff" />
      <Field id="move-staff-siteId" label="Usual site" error={errorOf('siteId')}>
        <select name="siteId" defaultValue={member.site.id} ref={firstField}>
          {sites.map((site) => (
            <option key={site.id} value={site.id}>
              {site.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="move-staff-team"
        label="Team (optional)"
        hint="Leave it empty for no team."
        error={errorOf('team')}
      >
        <input
          name="team"
          autoComplete="off"
          list="move-staff-teams"
          defaultValue={member.team ?? ''}
        />
      </Field>
      <datalist id="move-staff-teams">
        {teams.map((team) => (
          <option key={team.id} value={team.name} />
        ))}
      </datalist>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Save the site and team
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError, CorrespondenceItem } from '../../../shared/api';
import { mayAssignCorrespondence, mayWorkCorrespondence } from '../../../shared/api/access-rules';
import { londonDateOf, londonInstant, londonTimeOf } from '../../../shared/time/london';
import { callApi } from '../api/client';
import { textOf } from '../form-data';
import { useAppStore } from '../store';
import { Field } from './Field';

type Result = { ok: true; value: CorrespondenceItem } | { ok: false; error: ApiError };

/** One small form per action on an item, each reporting its own refusal. */
function ActionForm({
  id,
  title,
  submit,
  onDone,
  children,
}: {
  id: string;
  title: string;
  submit: (data: FormData) => Promise<Result>;
  onDone: (item: CorrespondenceItem) => void;
  children: ReactNode;
}) {
  const [error, setError] = useState<ApiError | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const result = await submit(new FormData(form));
    if (!result.ok) return setError(result.error);
    setError(null);
    form.reset();
    onDone(result.value);
  }
  return (
    <form
      className="item-action"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`}>{title}</h3>
      {error && (
        <p role="alert" className="error-text" data-testid={`${id}-error`}>
          {error.message}
        </p>
      )}
      <div className="grid">{children}</div>
      <button type="submit">{title}</button>
    </form>
  );
}

export function ItemActions({
  item,
  onChanged,
}: {
  item: CorrespondenceItem;
  onChanged: (item: CorrespondenceItem) => void;
}) {
  const reference = useAppStore((s) => s.reference);
  const me = useAppStore((s) => s.session!.staff);
  const [staff, setStaff] = useState<{ id: string; displayName: string; team: string | null }[]>(
    [],
  );
  useEffect(() => {
    void callApi('staff.list', {}).then((r) => r.ok && setStaff(r.value));
  }, []);
  const today = londonDateOf(new Date());

  // Only what the back end would accept (shared/api/access-rules.ts): another team's item is
  // theirs, and an adviser passes work only within their own team.
  if (!mayWorkCorrespondence(me, item)) {
    return (
      <p className="hint" data-testid="item-not-yours">
        {item.assignedToName} has this item, in another team. Ask them or a team leader to pass it
        to you.
      </p>
    );
  }
  const assignable = staff.filter((s) => mayAssignCorrespondence(me, item, s));

  if (item.status === 'closed') {
    return (
      <ActionForm
        id="reopen"
        title="Reopen"
        submit={(d) =>
          callApi('correspondence.reopen', { id: item.id, reason: textOf(d, 'reason') })
        }
        onDone={onChanged}
      >
        <Field id="reopen-reason" label="Why it is being reopened">
          <input name="reason" />
        </Field>
      </ActionForm>
    );
  }
  return (
    <div className="item-actions">
      <ActionForm
        id="respond"
        title="Record the full response"
        submit={(d) =>
          callApi('correspondence.respond', {
            id: item.id,
            respondedAt: textOf(d, 'date')
              ? londonInstant(textOf(d, 'date'), textOf(d, 'time') || '12:00').toISOString()
              : '',
            channel: (textOf(d, 'channel') || 'email') as 'email',
          })
        }
        onDone={onChanged}
      >
        <Field id="respond-date" label="Date sent">
          <input name="date" type="date" defaultValue={today} />
        </Field>
        <Field id="respond-time" label="Time sent">
          <input name="time" type="time" defaultValue={londonTimeOf(new Date())} />
        </Field>
        <Field id="respond-channel" label="Sent by">
          <select name="channel" defaultValue={item.channel === 'letter' ? 'letter' : 'email'}>
            <option value="email">Email</option>
            <option value="letter">Letter</option>
            <option value="telephone">Telephone</option>
            <option value="face_to_face">Face to face</option>
            <option value="sms">SMS</option>
          </select>
        </Field>
      </ActionForm>
      <ActionForm
        id="holding"
        title="Send a holding reply"
        submit={(d) =>
          callApi('correspondence.holdingReply', {
            id: item.id,
            sentOn: textOf(d, 'sentOn'),
            reason: textOf(d, 'reason'),
            ...(textOf(d, 'expectedDate') ? { expectedDate: textOf(d, 'expectedDate') } : {}),
          })
        }
        onDone={onChanged}
      >
        <Field id="holding-sentOn" label="Date sent">
          <input name="sentOn" type="date" defaultValue={today} />
        </Field>
        <Field id="holding-reason" label="Why a full reply is not possible yet">
          <input name="reason" />
        </Field>
        <Field id="holding-expectedDate" label="New expected date">
          <input name="expectedDate" type="date" />
        </Field>
      </ActionForm>
      <ActionForm
        id="assign"
        title="Assign"
        submit={(d) =>
          callApi('correspondence.assign', { id: item.id, staffId: textOf(d, 'staffId') })
        }
        onDone={onChanged}
      >
        <Field id="assign-staffId" label="Adviser">
          <select name="staffId" defaultValue={item.assignedToId ?? ''}>
            <option value="">Choose…</option>
            {assignable.map((s) => (
              <option key={s.id} value={s.id}>
                {s.displayName}
              </option>
            ))}
          </select>
        </Field>
      </ActionForm>
      <ActionForm
        id="redirect"
        title="Redirect to a department"
        submit={(d) =>
          callApi('correspondence.redirect', {
            id: item.id,
            departmentId: textOf(d, 'departmentId'),
            contactName: textOf(d, 'contactName'),
            customerToldOn: textOf(d, 'customerToldOn'),
          })
        }
        onDone={onChanged}
      >
        <Field id="redirect-departmentId" label="Department">
          <select name="departmentId" defaultValue="">
            <option value="">Choose…</option>
            {reference?.departments.map((dep) => (
              <option key={dep.id} value={dep.id}>
                {dep.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="redirect-contactName" label="Named contact there">
          <input name="contactName" />
        </Field>
        <Field id="redirect-customerToldOn" label="Customer told who has it on">
          <input name="customerToldOn" type="date" defaultValue={today} />
        </Field>
      </ActionForm>
      {item.ackDueDate && !item.acknowledgedAt && (
        <ActionForm
          id="acknowledge"
          title="Record the acknowledgement"
          submit={() =>
            callApi('correspondence.acknowledge', { id: item.id, at: new Date().toISOString() })
          }
          onDone={onChanged}
        >
          <p className="hint">Sent now; it was due by the end of {item.ackDueDate}.</p>
        </ActionForm>
      )}
    </div>
  );
}

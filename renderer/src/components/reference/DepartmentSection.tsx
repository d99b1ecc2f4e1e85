import { useState, type FormEvent } from 'react';
import type { DepartmentAdminItem, ReferenceAdminData } from '../../../../shared/api';
import { textOf } from '../../form-data';
import { callApi } from '../../api/client';
import { ErrorSummary, problemsOf, type FieldProblem } from '../ErrorSummary';
import { Field } from '../Field';
import { AddItemForm, type ErrorOf } from './AddItemForm';
import { ReferenceList } from './ReferenceList';

type Change = (lists: ReferenceAdminData, message: string) => void;

/** Who a department's hand-offs go to and who they are escalated to (NeSDS standard 22). */
function ContactFields({
  idPrefix,
  errorOf,
  department,
}: {
  idPrefix: string;
  errorOf: ErrorOf;
  department?: DepartmentAdminItem;
}) {
  return (
    <>
      <Field id={`${idPrefix}-contactName`} label="Named contact" error={errorOf('contactName')}>
        <input
          name="contactName"
          autoComplete="off"
          defaultValue={department?.contactName ?? ''}
          autoFocus={department !== undefined}
        />
      </Field>
      <Field id={`${idPrefix}-contactEmail`} label="Contact email" error={errorOf('contactEmail')}>
        <input
          name="contactEmail"
          type="email"
          autoComplete="off"
          defaultValue={department?.contactEmail ?? ''}
        />
      </Field>
      <Field
        id={`${idPrefix}-escalationContact`}
        label="Escalation contact"
        error={errorOf('escalationContact')}
      >
        <input
          name="escalationContact"
          autoComplete="off"
          defaultValue={department?.escalationContact ?? ''}
        />
      </Field>
    </>
  );
}

const contactsOf = (form: FormData) => ({
  contactName: textOf(form, 'contactName'),
  contactEmail: textOf(form, 'contactEmail').trim(),
  escalationContact: textOf(form, 'escalationContact'),
});

function ChangeContactsForm({
  department,
  onDone,
}: {
  department: DepartmentAdminItem;
  onDone: (lists: ReferenceAdminData | null, message?: string) => void;
}) {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const errorOf: ErrorOf = (field) => problems.find((p) => p.field === field)?.message;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await callApi('reference.updateDepartment', {
      id: department.id,
      ...contactsOf(new FormData(event.currentTarget)),
    });
    if (!result.ok) return setProblems(problemsOf(result.error));
    onDone(result.value, `${department.name}’s contacts are saved.`);
  }

  return (
    <form
      className="panel"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onDone(null)}
      aria-labelledby="department-contacts-heading"
    >
      <h3 id="department-contacts-heading">Contacts for {department.name}</h3>
      <ErrorSummary
        title="The contacts were not saved"
        problems={problems}
        idPrefix="department-contacts"
      />
      <div className="grid">
        <ContactFields idPrefix="department-contacts" errorOf={errorOf} department={department} />
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          Save contacts
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The departments services hand work off to, each with its named contacts. */
export function DepartmentSection({
  lists,
  onChanged,
}: {
  lists: ReferenceAdminData;
  onChanged: Change;
}) {
  const [editing, setEditing] = useState<DepartmentAdminItem | null>(null);
  const buttonId = (id: string) => `department-${id}-contacts`;

  function doneEditing(changed: ReferenceAdminData | null, message?: string) {
    const id = editing?.id;
    setEditing(null);
    if (changed && message) onChanged(changed, message);
    if (id) requestAnimationFrame(() => document.getElementById(buttonId(id))?.focus());
  }

  return (
    <>
      <ReferenceList
        kind="department"
        columns={['Named contact', 'Escalation contact', 'Services in use']}
        rows={lists.departments.map((d) => ({
          ...d,
          cells: [
            [d.contactName, d.contactEmail].filter(Boolean).join(', ') || 'None named',
            d.escalationContact ?? 'None named',
            String(d.activeServiceCount),
          ],
        }))}
        onChanged={onChanged}
        rowActions={(row) => (
          <button
            type="button"
            id={buttonId(row.id)}
            aria-label={`Change the contacts for ${row.name}`}
            onClick={() => setEditing(lists.departments.find((d) => d.id === row.id) ?? null)}
          >
            Change contacts
          </button>
        )}
      />
      {editing && <ChangeContactsForm key={editing.id} department={editing} onDone={doneEditing} />}
      <AddItemForm
        kind="department"
        nameLabel="Department name"
        details={(form) => ({ kind: 'department', ...contactsOf(form) })}
        onAdded={onChanged}
      >
        {(errorOf) => <ContactFields idPrefix="add-department" errorOf={errorOf} />}
      </AddItemForm>
    </>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import type { ContactRecord, HandOffStandardOption, HandOffView } from '../../../../shared/api';
import { callApi } from '../../api/client';
import { textOf } from '../../form-data';
import { formatDay, formatTime } from '../../format';
import { useSubmitGuard } from '../../hooks/useSubmitGuard';
import { useAppStore } from '../../store';
import { Field } from '../Field';
import { CustomerSummaryBlock } from './CustomerSummaryBlock';

/**
 * Hand off a contact just recorded (NeSDS 22 and 24): the department, subject and details
 * come from the contact, so nothing is typed twice; the due date comes from the standard.
 */
export function HandOffForm({ contact, onClose }: { contact: ContactRecord; onClose: () => void }) {
  const reference = useAppStore((s) => s.reference);
  const announce = useAppStore((s) => s.announce);
  const [standards, setStandards] = useState<HandOffStandardOption[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<HandOffView | null>(null);
  const { guard, busy } = useSubmitGuard();

  useEffect(() => {
    void callApi('handOffs.standards', {}).then((r) => r.ok && setStandards(r.value));
  }, []);

  const service = reference?.services.find((s) => s.id === contact.serviceId);
  const departmentId = contact.departmentId ?? service?.departmentId ?? '';

  // One hand-off per contact, however often the save key is pressed while it is being made.
  const onSubmit = guard(async (event: FormEvent<HTMLFormElement>) => {
    const form = new FormData(event.currentTarget);
    const result = await callApi('handOffs.create', {
      contactId: contact.id,
      departmentId: textOf(form, 'departmentId'),
      subject: textOf(form, 'subject'),
      details: textOf(form, 'details'),
      ...(textOf(form, 'standardId') ? { standardId: textOf(form, 'standardId') } : {}),
      ...(textOf(form, 'namedContact') ? { namedContact: textOf(form, 'namedContact') } : {}),
      ...(textOf(form, 'escalationContact')
        ? { escalationContact: textOf(form, 'escalationContact') }
        : {}),
    });
    if (!result.ok) return setErrors(result.error.fields ?? { _: result.error.message });
    setErrors({});
    setDone(result.value);
    announce(
      `Handed off to ${result.value.departmentName}, reference ${result.value.reference}` +
        (result.value.dueDate ? `, answer due by ${formatDay(result.value.dueDate)}.` : '.'),
    );
  });

  if (done) {
    return (
      <section className="panel hand-off-done" aria-labelledby="hand-off-done-heading">
        <h2 id="hand-off-done-heading" tabIndex={-1} ref={(el) => el?.focus()}>
          Handed off: {done.reference}
        </h2>
        <dl className="facts">
          <dt>Department</dt>
          <dd>
            {done.departmentName}
            {done.namedContact && ` (${done.namedContact})`}
          </dd>
          <dt>Answer due by</dt>
          <dd data-testid="hand-off-due">
            {done.dueDate ? formatDay(done.dueDate) : 'No agreed standard'}
          </dd>
          <dt>Standard</dt>
          <dd>{done.standardName ?? 'None'}</dd>
          <dt>Escalate to</dt>
          <dd>{done.escalationContact ?? 'The department’s manager'}</dd>
        </dl>
        <CustomerSummaryBlock summary={done.summary} reference={done.reference} />
        <button type="button" onClick={onClose}>
          Done
        </button>
      </section>
    );
  }

  if (!reference) return null;
  const err = (field: string) => errors[field];
  return (
    <form
      className="panel hand-off-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="hand-off-heading"
    >
      <h2 id="hand-off-heading" tabIndex={-1} ref={(el) => el?.focus()}>
        Hand off to a department
      </h2>
      <p className="hint">
        From the {contact.serviceName} contact at {formatTime(contact.startedAt)}: the department
        sees the details below.
      </p>
      {errors._ && (
        <p role="alert" className="error-text">
          {errors._}
        </p>
      )}
      <div className="grid">
        <Field id="hand-off-departmentId" label="Department" error={err('departmentId')}>
          <select name="departmentId" defaultValue={departmentId}>
            <option value="">Choose the department…</option>
            {reference.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="hand-off-standardId"
          label="Standard"
          hint="Leave as agreed for the service unless the enquiry is urgent."
          error={err('standardId')}
        >
          <select name="standardId" defaultValue="">
            <option value="">The service’s agreed standard</option>
            {standards.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="hand-off-subject"
          label="What it is about"
          hint="Read to the customer as “Your enquiry about …”."
          error={err('subject')}
        >
          <input name="subject" defaultValue={contact.serviceName} autoComplete="off" />
        </Field>
        <Field
          id="hand-off-namedContact"
          label="Named contact (optional)"
          hint="Blank: the department’s duty contact."
          error={err('namedContact')}
        >
          <input name="namedContact" autoComplete="off" />
        </Field>
        <Field
          id="hand-off-escalationContact"
          label="Escalation point (optional)"
          hint="Blank: the department’s manager."
          error={err('escalationContact')}
        >
          <input name="escalationContact" autoComplete="off" />
        </Field>
      </div>
      <Field id="hand-off-details" label="Details for the department" error={err('details')}>
        <textarea name="details" rows={3} defaultValue={contact.notes} />
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Handing off…' : 'Hand off'}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

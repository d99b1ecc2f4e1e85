import { useRef, useState, type FormEvent } from 'react';
import type { CorrespondenceItem, CustomerSummary } from '../../../shared/api';
import { CORRESPONDENCE_CHANNELS } from '../../../shared/api/correspondence';
import { londonDateOf, londonInstant, londonTimeOf } from '../../../shared/time/london';
import { callApi } from '../api/client';
import { CORRESPONDENCE_CHANNEL_LABELS, formatDue } from '../correspondence-format';
import { fillForm, formValues } from '../form-draft';
import { textOf } from '../form-data';
import { useDraft } from '../hooks/useDraft';
import { useMutationId } from '../hooks/useMutationId';
import { useSubmitGuard } from '../hooks/useSubmitGuard';
import { useAppStore } from '../store';
import { CustomerPicker } from './CustomerPicker';
import { DraftNote } from './DraftNote';
import { Field } from './Field';

/** Log a letter, email, web form, SMS or fax with the date it was received. */
export function LogItemForm({ onLogged }: { onLogged: (item: CorrespondenceItem) => void }) {
  const reference = useAppStore((s) => s.reference);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [logged, setLogged] = useState<string | null>(null);
  const [customer, setCustomer] = useState<CustomerSummary | null>(null);
  const [confirmAsked, setConfirmAsked] = useState(false);
  const { guard } = useSubmitGuard();
  const mutation = useMutationId();
  const now = new Date();
  // What is typed is kept until the item is logged: a refresh loses nothing (issue 19).
  const formRef = useRef<HTMLFormElement>(null);
  const draft = useDraft('log-item', (data) => fillForm(formRef.current, data));
  const keepDraft = () => formRef.current && draft.keep(formValues(formRef.current));

  // One item per save, however often the save key is pressed while it is being logged.
  const onSubmit = guard(async (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    // The last confirmation goes as the next item starts (here, or on the first change to the
    // form), never to sit above a refusal.
    setLogged(null);
    const data = new FormData(form);
    const date = textOf(data, 'receivedDate');
    const time = textOf(data, 'receivedTime') || '09:00';
    const channel = textOf(data, 'channel');
    const result = await callApi(
      'correspondence.log',
      {
        channel: channel as CorrespondenceItem['channel'],
        receivedAt: date ? londonInstant(date, time).toISOString() : '',
        confirmOld: data.get('confirmOld') === 'yes',
        serviceId: textOf(data, 'serviceId'),
        subject: textOf(data, 'subject'),
        ...(customer ? { customerId: customer.id } : {}),
        ...(textOf(data, 'senderAddress') ? { senderAddress: textOf(data, 'senderAddress') } : {}),
        ...(textOf(data, 'senderReference')
          ? { senderReference: textOf(data, 'senderReference') }
          : {}),
      },
      { mutationId: mutation.current() },
    );
    if (!result.ok) {
      // Once asked to confirm an old date, the box stays until the item is logged.
      if (result.error.fields?.confirmOld) setConfirmAsked(true);
      return setErrors(result.error.fields ?? { _: result.error.message });
    }
    mutation.renew();
    setConfirmAsked(false);
    setErrors({});
    setLogged(
      `Logged ${result.value.reference}: a full reply is due by ${formatDue(result.value.dueDate)}.`,
    );
    form.reset();
    void draft.discard();
    setCustomer(null);
    onLogged(result.value);
  });

  return (
    <form
      ref={formRef}
      className="panel"
      onSubmit={onSubmit}
      onChange={() => setLogged(null)}
      onInput={keepDraft}
      noValidate
      aria-labelledby="log-item-heading"
    >
      <h2 id="log-item-heading">
        Log an item <kbd>Alt+G</kbd>
      </h2>
      <DraftNote
        restoredAt={draft.restoredAt}
        onDiscard={() => {
          void draft.discard();
          formRef.current?.reset();
        }}
      />
      {logged && (
        <p className="confirmation" role="status" data-testid="logged">
          ✓ {logged}
        </p>
      )}
      {errors._ && (
        <p role="alert" className="error-text">
          {errors._}
        </p>
      )}
      <div className="grid">
        <Field id="log-channel" label="Came in by" error={errors.channel}>
          <select name="channel" defaultValue="">
            <option value="">Choose…</option>
            {CORRESPONDENCE_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CORRESPONDENCE_CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="log-receivedDate"
          label="Date received"
          hint="For post, the day it arrived, not today."
          error={errors.receivedAt}
        >
          <input name="receivedDate" type="date" defaultValue={londonDateOf(now)} />
        </Field>
        {(errors.confirmOld || confirmAsked) && (
          <div className={errors.confirmOld ? 'field has-error' : 'field'}>
            {errors.confirmOld && (
              <span id="log-confirmOld-error" className="field-error">
                <span aria-hidden="true">⚠ </span>
                {errors.confirmOld}
              </span>
            )}
            <label className="check" htmlFor="log-confirmOld">
              <input
                type="checkbox"
                name="confirmOld"
                value="yes"
                id="log-confirmOld"
                aria-describedby={errors.confirmOld ? 'log-confirmOld-error' : undefined}
              />{' '}
              Yes, it was received on that date
            </label>
          </div>
        )}
        <Field id="log-receivedTime" label="Time received">
          <input name="receivedTime" type="time" defaultValue={londonTimeOf(now)} />
        </Field>
        <Field id="log-serviceId" label="Service" error={errors.serviceId}>
          <select name="serviceId" defaultValue="">
            <option value="">Choose the service…</option>
            {reference?.services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="log-subject" label="Subject" error={errors.subject}>
          <input name="subject" autoComplete="off" />
        </Field>
        <Field
          id="log-senderAddress"
          label="From (address, email or number)"
          error={errors.senderAddress}
        >
          <input name="senderAddress" autoComplete="off" />
        </Field>
        <Field id="log-senderReference" label="Their reference (optional)">
          <input name="senderReference" autoComplete="off" />
        </Field>
      </div>
      <CustomerPicker idPrefix="log" customer={customer} onChange={setCustomer} />
      <button type="submit" className="primary">
        Log item <kbd>Ctrl+Enter</kbd>
      </button>
    </form>
  );
}

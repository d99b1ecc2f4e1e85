import { useState, type FormEvent } from 'react';
import type { CustomerView } from '../../../../shared/api';
import { callApi } from '../../api/client';
import { textOf } from '../../form-data';
import { Field } from '../Field';

/** A team leader sets a warning marker with its reason and the date it must be reviewed. */
export function MarkerForm({
  customerId,
  onSaved,
  onCancel,
}: {
  customerId: string;
  onSaved: (view: CustomerView) => void;
  onCancel: () => void;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await callApi('customers.addMarker', {
      customerId,
      kind: textOf(form, 'kind'),
      reason: textOf(form, 'reason'),
      reviewDate: textOf(form, 'reviewDate'),
    });
    if (!result.ok) return setErrors(result.error.fields ?? { _: result.error.message });
    onSaved(result.value);
  }

  return (
    <form className="panel marker-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <h2 tabIndex={-1} ref={(el) => el?.focus()}>
        Add a warning marker
      </h2>
      {errors._ && (
        <p role="alert" className="error-text">
          {errors._}
        </p>
      )}
      <Field
        id="marker-kind"
        label="Kind of marker"
        hint="For example: Potentially violent person, Lone working risk."
        error={errors.kind}
      >
        <input name="kind" autoComplete="off" />
      </Field>
      <Field id="marker-reason" label="Reason" error={errors.reason}>
        <textarea name="reason" rows={2} />
      </Field>
      <Field id="marker-reviewDate" label="Review by" error={errors.reviewDate}>
        <input name="reviewDate" type="date" />
      </Field>
      <div className="actions">
        <button type="submit" className="primary">
          Add marker
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import type { CustomerView } from '../../../../shared/api';
import { londonDateOf } from '../../../../shared/time/london';
import { callApi } from '../../api/client';
import { textOf } from '../../form-data';
import { Field } from '../Field';

/**
 * A change of address told once (NeSDS 24): the record changes and every service the
 * customer uses gets a hand-off, so nobody asks them again.
 */
export function ChangeAddressForm({
  view,
  onSaved,
  onCancel,
}: {
  view: CustomerView;
  onSaved: (view: CustomerView, handOffs: number) => void;
  onCancel: () => void;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await callApi('customers.changeAddress', {
      customerId: view.id,
      addressLine1: textOf(form, 'addressLine1'),
      addressLine2: textOf(form, 'addressLine2') || null,
      town: textOf(form, 'town'),
      postcode: textOf(form, 'postcode'),
      movedOn: textOf(form, 'movedOn'),
    });
    if (!result.ok) return setErrors(result.error.fields ?? { _: result.error.message });
    setErrors({});
    onSaved(result.value.view, result.value.handOffs.length);
  }

  return (
    <form className="panel change-address-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <h2 tabIndex={-1} ref={(el) => el?.focus()}>
        Change of address
      </h2>
      <p className="hint">
        Each service this customer has used is told through a hand-off to its department.
      </p>
      {errors._ && (
        <p role="alert" className="error-text">
          {errors._}
        </p>
      )}
      <div className="grid">
        <Field id="move-addressLine1" label="New address line 1" error={errors.addressLine1}>
          <input name="addressLine1" autoComplete="off" />
        </Field>
        <Field id="move-addressLine2" label="Address line 2 (optional)" error={errors.addressLine2}>
          <input name="addressLine2" autoComplete="off" />
        </Field>
        <Field id="move-town" label="Town" error={errors.town}>
          <input name="town" autoComplete="off" />
        </Field>
        <Field id="move-postcode" label="Postcode" error={errors.postcode}>
          <input name="postcode" autoComplete="off" />
        </Field>
        <Field id="move-movedOn" label="Moved on" error={errors.movedOn}>
          <input name="movedOn" type="date" defaultValue={londonDateOf(new Date())} />
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          Change address and tell services
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
